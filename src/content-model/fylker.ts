/** Norway's counties as of 1 January 2024, with their county numbers. */
export const FYLKER = {
  Oslo: '03',
  Rogaland: '11',
  'Møre og Romsdal': '15',
  Nordland: '18',
  Østfold: '31',
  Akershus: '32',
  Buskerud: '33',
  Innlandet: '34',
  Vestfold: '39',
  Telemark: '40',
  Agder: '42',
  Vestland: '46',
  Trøndelag: '50',
  Troms: '55',
  Finnmark: '56',
} as const;

export type Fylke = keyof typeof FYLKER;
export const FYLKESNAVN = Object.keys(FYLKER) as [Fylke, ...Fylke[]];
