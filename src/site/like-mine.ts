import type { CollectionEntry } from 'astro:content';
import { FYLKESNAVN } from '../content-model/fylker.ts';
import { KOMMUNESTORRELSER, type Kommunestorrelse } from '../content-model/kommunestorrelse.ts';
import { likeMinePath } from '../content-model/routes.ts';
import type { Catalogue, Eksempel } from './catalogue-build.ts';
import { casesFor, resolve } from './catalogue-build.ts';

/**
 * «Kommuner som min»: from a municipality, or a size and a county, the cases from places most like it. A case
 * scores for a municipality of the same size (3) or the next size (1), one in the same county (2), and each theme
 * and target group it shares with the municipality's own cases (1 each). Computed once per build for every
 * municipality and every size × county, and rendered as static pages.
 */
export interface Profile {
  /** The URL path under /kommuner-som-min/. */
  path: string;
  /** «Bodø» or «en liten kommune i Troms». */
  name: string;
  kommune?: CollectionEntry<'kommuner'>;
  storrelse: Kommunestorrelse;
  fylke: string;
  tema: Map<string, string>;
  malgrupper: Map<string, string>;
}

export interface LikeCase {
  eksempel: Eksempel;
  score: number;
  /** Why it is here, in words: «samme størrelse (stor)», «samme fylke (Troms)», «felles tema: …». */
  reasons: string[];
}

const SAME_SIZE = 3;
const NEXT_SIZE = 1;
const SAME_COUNTY = 2;
const SHARED = 1;
/** How many cases a profile page lists. */
export const LIKE_MINE_COUNT = 10;

function municipalityProfile(cat: Catalogue, kommune: CollectionEntry<'kommuner'>): Profile {
  const own = casesFor(cat, { collection: 'kommuner', id: kommune.id });
  const tema = new Map(own.flatMap((e) => e.data.tema.map((ref) => [ref.id, resolve(cat, ref).data.navn] as const)));
  const malgrupper = new Map(
    own.flatMap((e) => e.data.malgrupper.map((ref) => [ref.id, resolve(cat, ref).data.navn] as const)),
  );
  return {
    path: likeMinePath({ kommune: kommune.id }),
    name: kommune.data.navn,
    kommune,
    storrelse: kommune.data.kommunestorrelse,
    fylke: kommune.data.fylke,
    tema,
    malgrupper,
  };
}

function rank(cat: Catalogue, profile: Profile): LikeCase[] {
  const sizeIndex = KOMMUNESTORRELSER.indexOf(profile.storrelse);
  const ranked = cat.eksempler
    .filter((e) => !profile.kommune || !e.data.kommuner.some((ref) => ref.id === profile.kommune?.id))
    .map((eksempel, order) => {
      const places = eksempel.data.kommuner.map((ref) => resolve(cat, ref).data);
      const sizeGap = Math.min(
        ...places.map((k) => Math.abs(KOMMUNESTORRELSER.indexOf(k.kommunestorrelse) - sizeIndex)),
      );
      const sameCounty = places.some((k) => k.fylke === profile.fylke);
      const tema = eksempel.data.tema
        .filter((ref) => profile.tema.has(ref.id))
        .map((ref) => profile.tema.get(ref.id) ?? ref.id);
      const malgrupper = eksempel.data.malgrupper
        .filter((ref) => profile.malgrupper.has(ref.id))
        .map((ref) => profile.malgrupper.get(ref.id) ?? ref.id);
      const reasons = [
        ...(sizeGap === 0 ? [`samme størrelse (${profile.storrelse})`] : sizeGap === 1 ? ['nær i størrelse'] : []),
        ...(sameCounty ? [`samme fylke (${profile.fylke})`] : []),
        ...(tema.length ? [`felles tema: ${tema.join(', ')}`] : []),
        ...(malgrupper.length ? [`felles målgruppe: ${malgrupper.join(', ')}`] : []),
      ];
      const score =
        (sizeGap === 0 ? SAME_SIZE : sizeGap === 1 ? NEXT_SIZE : 0) +
        (sameCounty ? SAME_COUNTY : 0) +
        SHARED * (tema.length + malgrupper.length);
      return { eksempel, score, reasons, order };
    })
    .filter((c) => c.score > 0);
  ranked.sort((a, b) => b.score - a.score || a.order - b.order);
  return ranked.slice(0, LIKE_MINE_COUNT).map(({ eksempel, score, reasons }) => ({ eksempel, score, reasons }));
}

export interface LikeMinePage {
  profile: Profile;
  cases: LikeCase[];
  /** The municipality's own cases, listed apart. */
  own: Eksempel[];
}

const cache = new WeakMap<Catalogue, LikeMinePage[]>();

/** Every «Kommuner som min» page: one per municipality, and one per size × county. */
export function likeMinePages(cat: Catalogue): LikeMinePage[] {
  const cached = cache.get(cat);
  if (cached) return cached;
  const pages: LikeMinePage[] = [];
  for (const kommune of cat.byId.kommuner.values()) {
    const profile = municipalityProfile(cat, kommune);
    pages.push({ profile, cases: rank(cat, profile), own: casesFor(cat, { collection: 'kommuner', id: kommune.id }) });
  }
  for (const storrelse of KOMMUNESTORRELSER) {
    for (const fylke of FYLKESNAVN) {
      const profile: Profile = {
        path: likeMinePath({ storrelse, fylke }),
        name: `en ${storrelse} kommune i ${fylke}`,
        storrelse,
        fylke,
        tema: new Map(),
        malgrupper: new Map(),
      };
      pages.push({ profile, cases: rank(cat, profile), own: [] });
    }
  }
  cache.set(cat, pages);
  return pages;
}
