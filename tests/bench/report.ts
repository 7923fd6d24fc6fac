import { BUDGETS } from './budgets.ts';
import type { SizeResult } from './builds.ts';
import type { CatalogueFigures } from './catalogue.ts';
import type { VisitPair } from './first-visit.ts';
import type { LighthouseFigures } from './lighthouse.ts';
import type { SearchCondition } from './search-speed.ts';
import { formatScore, formatSpread, type Spread } from './stats.ts';

export interface BrowserResults {
  /** The site the browser figures were measured on: «produksjon», a synthetic size, or the folder given with --dist. */
  cases: number | string;
  /** Lighthouse runs per page type and form factor on this site. */
  lighthouseRuns?: number;
  /** The machine's load average (1 min) as each part started: the machine is shared. */
  loads?: Record<string, number>;
  visits?: Record<string, VisitPair>;
  catalogue?: CatalogueFigures;
  search?: { header: SearchCondition[]; typed: SearchCondition[] };
  lighthouse?: (LighthouseFigures & { pageType: string })[];
}

export interface BenchResults {
  started: string;
  finished?: string;
  machine: { cores: number; cpu: string; node: string; loadAtStart: number };
  options: {
    sizes: number[];
    repeats: number;
    repeatsLarge?: number;
    browserSize: number | string | null;
    lighthouseRuns: number;
    lighthouseRunsLarge?: number;
  };
  /** The arguments the bench was run with, as typed after `npm run bench --`. */
  command?: string;
  /** `npm run build` of the production content, wall time. */
  productionBuildSeconds?: number;
  builds: SizeResult[];
  /** On the production content (or --dist): the issue's baseline. */
  browser?: BrowserResults;
  /** On the largest synthetic site: how the pages scale. */
  browserLarge?: BrowserResults;
}

interface BudgetRow {
  what: string;
  budget: string;
  measured: string;
  pass?: boolean;
  note?: string;
  /** Shown beside its budget to show how pages scale, never judged: the issue sets the budget on the site as it is. */
  scaling?: boolean;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${value.toFixed(0)} ms`;
/** «produksjonsinnholdet» or «5000 syntetiske eksempler». */
export const siteName = (cases: number | string) =>
  cases === 'produksjon'
    ? 'produksjonsinnholdet'
    : typeof cases === 'number'
      ? `${cases} eksempler (syntetiske utover de ekte)`
      : String(cases);
const verdict = ({ pass, scaling }: BudgetRow) =>
  scaling ? 'skalering, ikke et budsjett' : pass === undefined ? 'ikke målt' : pass ? 'bestått' : '**ikke bestått**';

/** Each budget in budgets.ts against what this run measured; a budget with no figure says «ikke målt». */
export function budgetRows(r: BenchResults): BudgetRow[] {
  const b = r.browser;
  const rows: BudgetRow[] = [];
  const casePage = b?.visits?.eksempel?.first;
  rows.push({
    what: 'Eksempelside, første besøk, alt overført (font med)',
    budget: `≤ ${BUDGETS.casePageFirstVisitKB} KB`,
    measured: casePage ? `${kb(casePage.bytes)} i ${casePage.requests} forespørsler` : '–',
    pass: casePage ? casePage.bytes / 1024 <= BUDGETS.casePageFirstVisitKB : undefined,
  });
  for (const site of [b, r.browserLarge]) {
    if (!site?.lighthouse?.length && site !== b) continue;
    const where = site ? ` – ${siteName(site.cases)}` : '';
    // Lighthouse's budgets are on the site as it is; the largest synthetic site is measured once, to show the trend.
    const scaling = site !== b;
    const mobile = site?.lighthouse?.filter((l) => l.formFactor === 'mobil' && l.performance.runs.length);
    const worstMobile = mobile?.length
      ? mobile.reduce((w, l) => (l.performance.median < w.performance.median ? l : w))
      : undefined;
    rows.push({
      what: `Lighthouse mobil, ytelse, hver sidetype (median av ${site?.lighthouseRuns ?? '–'})${where}`,
      budget: `≥ ${BUDGETS.lighthouseMobilePerformance}`,
      measured: worstMobile ? `lavest ${formatScore(worstMobile.performance.median)} (${worstMobile.pageType})` : '–',
      pass: worstMobile ? worstMobile.performance.median >= BUDGETS.lighthouseMobilePerformance : undefined,
      scaling,
    });
    const desktop = site?.lighthouse?.filter((l) => l.formFactor === 'desktop' && l.cls.runs.length);
    const worstCls = desktop?.length ? desktop.reduce((w, l) => (l.cls.median > w.cls.median ? l : w)) : undefined;
    rows.push({
      what: `Lighthouse desktop, CLS, hver sidetype (median av ${site?.lighthouseRuns ?? '–'})${where}`,
      budget: `≤ ${BUDGETS.desktopCls}`,
      measured: worstCls ? `høyest ${worstCls.cls.median.toFixed(3)} (${worstCls.pageType})` : '–',
      pass: worstCls ? worstCls.cls.median <= BUDGETS.desktopCls : undefined,
      scaling,
    });
  }
  const slow = b?.search?.header.find((c) => c.condition === 'slow 4G');
  rows.push({
    what: 'Første treff fra søkefeltet i toppen, slow 4G (median av søkenes medianer)',
    budget: `≤ ${BUDGETS.headerSearchSlow4gMs} ms`,
    measured: slow ? `${ms(slow.median)} (tregeste kjøring ${ms(slow.worst)})` : '–',
    pass: slow ? slow.median <= BUDGETS.headerSearchSlow4gMs : undefined,
  });
  const typed = b?.search?.typed.find((c) => c.condition === 'loopback');
  rows.push({
    what: 'Første treff for hele søket etter siste tastetrykk (loopback)',
    budget: `≤ ${BUDGETS.typingLastKeyMs} ms`,
    measured: typed ? `${ms(typed.median)} (tregeste kjøring ${ms(typed.worst)})` : '–',
    pass: typed ? typed.median <= BUDGETS.typingLastKeyMs : undefined,
  });
  const large = r.browserLarge?.catalogue ? r.browserLarge : b;
  const c = large?.catalogue;
  const at5000 = large?.cases === 5000;
  const note =
    c && !at5000
      ? `målt på ${siteName(large?.cases ?? '–')}, ikke 5 000 eksempler: ikke en dom over budsjettet`
      : undefined;
  rows.push({
    what: 'Katalogen ved 5 000 eksempler, HTML (gzip slik nginx sender den)',
    budget: `≤ ${BUDGETS.catalogue5000HtmlKB} KB`,
    measured: c ? kb(c.htmlServedBytes) : '–',
    pass: c && at5000 ? c.htmlServedBytes / 1024 <= BUDGETS.catalogue5000HtmlKB : undefined,
    note,
  });
  rows.push({
    what: 'Katalogen ved 5 000 eksempler, DOM-elementer',
    budget: `≤ ${BUDGETS.catalogue5000DomElements}`,
    measured: c ? String(c.domElements) : '–',
    pass: c && at5000 ? c.domElements <= BUDGETS.catalogue5000DomElements : undefined,
    note,
  });
  rows.push({
    what: 'Katalogen ved 5 000 eksempler, filterklikk til neste bilde med 4× tregere CPU (median av klikkene)',
    budget: `≤ ${BUDGETS.catalogue5000FilterClickMs} ms`,
    measured: c?.filterClickMs
      ? `${formatSpread(c.filterClickMs, 0, ' ms')}; CPU-tid × 4: ${formatSpread(c.filterClickCpuMs, 0, ' ms')}`
      : (c?.filterClickError ?? '–'),
    pass: c?.filterClickMs && at5000 ? c.filterClickMs.median <= BUDGETS.catalogue5000FilterClickMs : undefined,
    note,
  });
  const k = r.builds.find((s) => s.cases === 1000);
  rows.push({
    what: 'Fullt bygg ved 1 000 eksempler mot bart Astro + MDX i samme kjøring (median mot median)',
    budget: `≤ ${BUDGETS.build1000VsFloor} ×`,
    measured: k
      ? `${k.ratio.toFixed(2)} × (${k.buildSeconds.median.toFixed(1)} s mot gulvet ${k.bareSeconds.median.toFixed(1)} s)`
      : '–',
    pass: k ? k.ratio <= BUDGETS.build1000VsFloor : undefined,
  });
  rows.push(linearityRow(r.builds));
  return rows;
}

const KINDS: [string, (path: string) => boolean][] = [
  ['HTML', (p) => p.endsWith('/') || p.includes('/?') || p.endsWith('.html')],
  ['CSS', (p) => p.endsWith('.css')],
  ['Fragmenter', (p) => p.startsWith('/pagefind/fragment/')],
  ['Søkemotor', (p) => p.startsWith('/pagefind/')],
  ['JS', (p) => p.endsWith('.js')],
  ['Font', (p) => /\.(woff2?|ttf|otf)$/.test(p)],
];

function kindOf(path: string): string {
  return KINDS.find(([, test]) => test(path))?.[0] ?? 'Annet';
}

function visitTables(visits: Record<string, VisitPair>): string[] {
  const kinds = [...KINDS.map(([k]) => k), 'Annet'];
  const byKind = (pair: VisitPair['first']) => {
    const sums = new Map<string, number>();
    for (const f of pair.fetched) sums.set(kindOf(f.path), (sums.get(kindOf(f.path)) ?? 0) + f.bytes);
    return kinds.map((k) => (sums.has(k) ? kb(sums.get(k) ?? 0) : '–'));
  };
  const estimated = Object.values(visits)
    .flatMap((v) => [...v.first.fetched, ...v.repeat.fetched])
    .filter((f) => f.estimated);
  const unmatched = Object.values(visits).flatMap((v) => [...v.first.unmatched, ...v.repeat.unmatched]);
  return [
    '### Første besøk (ny nettleserkontekst, tom hurtigbuffer)',
    '',
    `| Sidetype | Side | Totalt | Forespørsler | ${kinds.join(' | ')} |`,
    `| --- | --- | --- | --- | ${kinds.map(() => '---').join(' | ')} |`,
    ...Object.entries(visits).map(
      ([name, v]) =>
        `| ${name} | ${v.first.path} | **${kb(v.first.bytes)}** | ${v.first.requests} | ${byKind(v.first).join(' | ')} |`,
    ),
    '',
    '### Neste besøk (en annen side av samme type i samme kontekst)',
    '',
    '| Sidetype | Side | Hentet over nettet | Forespørsler | Hva som ble hentet | Fra hurtigbufferen |',
    '| --- | --- | --- | --- | --- | --- |',
    ...Object.entries(visits).map(
      ([name, v]) =>
        `| ${name} | ${v.repeat.path} | ${kb(v.repeat.bytes)} | ${v.repeat.requests} | ${summarise(v.repeat.fetched.map((f) => f.path))} | ${v.repeat.fromCache.length} |`,
    ),
    '',
    'Størrelsene er det Chromium oppgir som overført (DevTools `encodedDataLength` via Playwright `request.sizes()`): hoder pluss kropp slik nginx sendte den, gzip der nginx komprimerer. ' +
      'Hva som gikk over nettet, avgjør nginx sin tilgangslogg; svar Chromium tok fra hurtigbufferen, er talt for seg.' +
      ' Et svar på 304 (uendret) er talt med hodene alene.' +
      (estimated.length
        ? ` ${estimated.length} svar (${[...new Set(estimated.map((f) => f.path))].join(', ')}) fikk ingen kroppsstørrelse fra Chromium (svar til en worker); der er størrelsen regnet ut fra kroppen, med gzip nivå 1 som nginx der nginx komprimerte.`
        : '') +
      (unmatched.length
        ? ` Advarsel: nginx logget ${unmatched.length} forespørsler Chromium ikke oppga størrelse for: ${unmatched.slice(0, 5).join(', ')}.`
        : ''),
    '',
  ];
}

/** «HTML, 2 fragmenter» rather than a list of hashed file names. */
function summarise(paths: string[]): string {
  const counts = new Map<string, number>();
  for (const p of paths) counts.set(kindOf(p), (counts.get(kindOf(p)) ?? 0) + 1);
  return [...counts].map(([k, n]) => (n === 1 ? k : `${k} ×${n}`)).join(', ') || 'ingenting';
}

function searchTable(conditions: SearchCondition[]): string[] {
  const queries = conditions[0]?.queries.map((q) => q.query) ?? [];
  return [
    `| Forhold | Median | ${queries.map((q) => `«${q}»`).join(' | ')} |`,
    `| --- | --- | ${queries.map(() => '---').join(' | ')} |`,
    ...conditions.map(
      (c) =>
        `| ${c.condition} | **${ms(c.median)}** | ${c.queries.map((q) => formatSpread(q.ms, 0, ' ms')).join(' | ')} |`,
    ),
    '',
  ];
}

function lighthouseTables(list: (LighthouseFigures & { pageType: string })[], runs: number): string[] {
  const errored = new Map<string, string>();
  for (const l of list) for (const [id, message] of Object.entries(l.erroredAudits)) errored.set(id, message);
  const failed = list.flatMap((l) => l.failedRuns.map((f) => `${l.pageType} ${l.formFactor}: ${f}`));
  return [
    `Lighthouse 12.2.3, bare ytelseskategorien, median av ${runs} kjøringer (min–maks i parentes). Mobil er Lighthouse sin standard (simulert treg 4G og 4× tregere CPU), desktop er \`--preset=desktop\`.`,
    '',
    '| Sidetype | Form | Ytelse | LCP | CLS | TBT | FCP |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...list.map(
      (l) =>
        `| ${l.pageType} | ${l.formFactor} | **${formatSpread(l.performance, formatScore)}** | ${formatSpread(l.lcpMs, 0, ' ms')} | ${formatSpread(l.cls, 3)} | ${formatSpread(l.tbtMs, 0, ' ms')} | ${formatSpread(l.fcpMs, 0, ' ms')} |`,
    ),
    '',
    errored.size
      ? `**Revisjoner Lighthouse 12.2.3 ikke klarer å lese fra sporet til denne Chromium-versjonen** (de står som feil i rapporten, og teller ikke i ytelsespoengene, som bare bygger på målingene over): ${[...errored].map(([id, message]) => `\`${id}\` («${message}»)`).join('; ')}.`
      : 'Ingen revisjon feilet.',
    '',
    ...(failed.length ? [`Kjøringer som feilet helt og ble kjørt på nytt: ${failed.join('; ')}.`, ''] : []),
  ];
}

const spreadS = (s: Spread | undefined, digits = 1) => formatSpread(s, digits, ' s');

export function renderReport(r: BenchResults): string {
  const b = r.browser;
  const lines = [
    '# Ytelsesmåling av Bopraksis',
    '',
    `Maskin: ${r.machine.cores} kjerner (${r.machine.cpu}), Node ${r.machine.node}, belastning ved start ${r.machine.loadAtStart.toFixed(1)}. ` +
      `Startet ${r.started}${r.finished ? `, ferdig ${r.finished}` : ' (ikke ferdig: figurene under er det som var målt da rapporten sist ble skrevet)'}. ` +
      `Kommando: \`npm run bench${r.command !== undefined ? (r.command ? ` -- ${r.command}` : '') : r.options.sizes.length ? ` -- --sizes ${r.options.sizes.join(',')} --repeats ${r.options.repeats} --repeats-large ${r.options.repeatsLarge ?? r.options.repeats}` : ''}\`` +
      `${r.productionBuildSeconds ? `; \`npm run build\` av produksjonsinnholdet tok ${r.productionBuildSeconds.toFixed(0)} s` : ''}.`,
    '',
    '## Budsjetter (tests/bench/budgets.ts)',
    '',
    '| Hva | Budsjett | Målt | Resultat |',
    '| --- | --- | --- | --- |',
    ...budgetRows(r).map(
      (row) => `| ${row.what} | ${row.budget} | ${row.measured}${row.note ? ` (${row.note})` : ''} | ${verdict(row)} |`,
    ),
    '',
    '## Bygg',
    '',
    `Hvert bygg er kjørt så mange ganger som kolonnen «Gjentak» sier, kaldt (Astros hurtigbuffer og forrige dist/ flyttet bort før hvert, og slettet først når kjøringen er ferdig), Bopraksis og gulvet (bart Astro + MDX med de samme MDX-filene, i Astros standardoppsett) annenhver gang. Bopraksis samler de kompilerte MDX-filene i noen få store biter når sidene forhåndsgjengis (src/integrations/content-chunks.ts); det gjør ikke gulvet. Median med min–maks; forholdet er median mot median fra samme kjøring.`,
    '',
    '| Eksempler | Gjentak | Sider | Ulike ord | Bopraksis (Astro + Pagefind) | Astro | Pagefind | Gulvet | Forhold | Forhold per par | Minnetopp | Minnetopp gulvet | Utdata | Indeks |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...r.builds.map(
      (s) =>
        `| ${s.cases} | ${s.repeats} | ${s.pages} | ${s.vocabulary} | ${spreadS(s.buildSeconds)} | ${spreadS(s.astroSeconds)} | ${spreadS(s.pagefindSeconds)} | ${spreadS(s.bareSeconds)} | **${s.ratio.toFixed(2)} ×** | ${formatSpread(s.ratioPerRepeat, 2)} | ${formatSpread(s.peakMB, 0, ' MB')} | ${formatSpread(s.barePeakMB, 0, ' MB')} | ${s.outputMB.toFixed(1)} MB | ${s.indexMB.toFixed(1)} MB |`,
    ),
    '',
    ...linearity(r.builds),
  ];
  for (const site of [b, r.browserLarge]) if (site) lines.push(...browserSection(site));
  return `${lines.join('\n')}\n`;
}

function browserSection(b: BrowserResults): string[] {
  const lines: string[] = [];
  const loads = Object.entries(b.loads ?? {})
    .map(([part, load]) => `${part} ${load.toFixed(1)}`)
    .join(', ');
  lines.push(`## I nettleseren: ${siteName(b.cases)}, servert av nginx med produksjonsoppsettet`, '');
  if (loads) lines.push(`Belastning på maskinen (1 min, 2 kjerner) da hver del startet: ${loads}.`, '');
  if (b.visits) lines.push('### Alt et besøk henter', '', ...visitTables(b.visits));
  if (b.catalogue) {
    const c = b.catalogue;
    lines.push(
      '### Katalogen (/eksempler/)',
      '',
      `HTML ${kb(c.htmlServedBytes)} slik nginx sender den (gzip nivå 1), ${kb(c.htmlGzip6Bytes)} med gzip nivå 6, ${kb(c.htmlRawBytes)} ukomprimert; ${c.domElements} DOM-elementer etter lasting${c.domElementsAfterClicks ? `, høyst ${c.domElementsAfterClicks} etter klikkene` : ''}.` +
        (c.indexServedBytes ? ` Filterindeksen skriptet henter etter siden: ${kb(c.indexServedBytes)}.` : ''),
      '',
      c.filterClickMs
        ? `Et klikk på en filterboks (ekte museklikk, ${c.filterClickMs.runs.length} klikk spredt over fasettene, så filtrene hoper seg opp og noen resultater blir tomme), fra klikket til neste bilde er malt. Med CPU-en strupet 4 ganger, veggklokke (belastningen på maskinen teller med): ${formatSpread(c.filterClickMs, 0, ' ms')}; klikk for klikk ${c.filterClickMs.runs.map((v) => v.toFixed(0)).join(', ')} ms. Hovedtrådens egen CPU-tid for de samme klikkene uten struping, ganget med 4 (upåvirket av annen belastning): ${formatSpread(c.filterClickCpuMs, 0, ' ms')}.`
        : `Filterklikket kunne ikke måles: ${c.filterClickError ?? 'ukjent feil'}.`,
      '',
    );
  }
  if (b.search) {
    lines.push(
      '### Søk slik en person bruker det',
      '',
      'Hver kjøring i en ny nettleserkontekst (tom hurtigbuffer), hvert søk 3 ganger; median med min–maks. Tidene måles i siden selv: fra tastetrykket til bildet der første treff er det det ender med å være.',
      '',
      '#### Fra søkefeltet i toppen av en eksempelside: skriv søket, trykk Enter, til første treff på /sok/?q=…',
      '',
      ...searchTable(b.search.header),
      '#### Skriving på /sok/ (120 ms mellom tastene), fra siste tastetrykk til første treff for hele søket',
      '',
      ...searchTable(b.search.typed),
    );
  }
  if (b.lighthouse?.length) lines.push('### Lighthouse', '', ...lighthouseTables(b.lighthouse, b.lighthouseRuns ?? 1));
  return lines;
}

interface Increment {
  from: number;
  to: number;
  /** Medians' growth per 1,000 extra cases. */
  seconds: number;
  bareSeconds: number;
  peakMB?: number;
}

/** What 1,000 more cases add between each size and the next (medians). */
function increments(builds: readonly SizeResult[]): Increment[] {
  return builds.slice(1).map((s, i) => {
    const prev = builds[i]!;
    const per1000 = (a: number, b: number) => ((a - b) / (s.cases - prev.cases)) * 1000;
    return {
      from: prev.cases,
      to: s.cases,
      seconds: per1000(s.buildSeconds.median, prev.buildSeconds.median),
      bareSeconds: per1000(s.bareSeconds.median, prev.bareSeconds.median),
      peakMB: s.peakMB && prev.peakMB ? per1000(s.peakMB.median, prev.peakMB.median) : undefined,
    };
  });
}

/** The linearity budget: the last step's cost per case against the first's, in time and in memory. */
function linearityRow(builds: readonly SizeResult[]): BudgetRow {
  const steps = increments(builds);
  const first = steps[0];
  const last = steps.at(-1);
  const what = `Tid og minne lineært til ${(builds.at(-1)?.cases ?? 5000).toLocaleString('nb-NO')} eksempler: tillegget per eksempel mellom de to største størrelsene mot mellom de to minste`;
  const budget = `≤ ${BUDGETS.linearGrowth} ×`;
  if (!first || !last || steps.length < 2) return { what, budget, measured: 'trenger tre størrelser', pass: undefined };
  const time = last.seconds / first.seconds;
  const memory = first.peakMB && last.peakMB ? last.peakMB / first.peakMB : undefined;
  const mb = (n?: number) => (n === undefined ? '–' : `${n.toFixed(0)} MB`);
  return {
    what,
    budget,
    measured:
      `tid ${time.toFixed(2)} × (${first.seconds.toFixed(1)} → ${last.seconds.toFixed(1)} s per 1 000), ` +
      `minne ${memory === undefined ? '–' : `${memory.toFixed(2)} ×`} (${mb(first.peakMB)} → ${mb(last.peakMB)} per 1 000)`,
    pass: memory === undefined ? undefined : time <= BUDGETS.linearGrowth && memory <= BUDGETS.linearGrowth,
  };
}

/** Time and memory per case between sizes: near-equal figures mean the build grows linearly. */
function linearity(builds: SizeResult[]): string[] {
  if (builds.length < 2) return [];
  const rows = increments(builds).map(
    (step) =>
      `| ${step.from} → ${step.to} | ${step.seconds.toFixed(1)} s | ${step.bareSeconds.toFixed(1)} s | ${step.peakMB === undefined ? '–' : `${step.peakMB.toFixed(0)} MB`} |`,
  );
  return [
    '### Linearitet: tillegg per 1 000 eksempler mellom størrelsene (medianer)',
    '',
    '| Fra → til | Bopraksis | Gulvet | Minnetopp Bopraksis |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
  ];
}
