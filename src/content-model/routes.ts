/** Pages that exist whatever the content; content pages get their URLs from `COLLECTION_SOURCES[...].url`. */
export const STATIC_PAGES = [
  '/',
  '/eksempler/',
  '/metoder/',
  '/suksessfaktorer/',
  '/framgangsmater/',
  '/lovverk/',
  '/kommuner/',
  '/ordliste/',
  '/sok/',
  '/kunnskapskart/',
  '/sammenlign/',
  '/tilgjengelighet/',
] as const;
