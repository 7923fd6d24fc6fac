import type { APIRoute } from 'astro';
import { catalogue } from '../../site/catalogue.ts';
import { catalogueIndex } from '../../site/catalogue-index.ts';

/** The catalogue's filter index (see catalogue-index.ts), loaded by the filter script on /eksempler/. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(catalogueIndex(await catalogue())), { headers: { 'Content-Type': 'application/json' } });
