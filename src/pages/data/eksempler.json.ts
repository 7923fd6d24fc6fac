import type { APIRoute } from 'astro';
import { catalogue } from '../../site/catalogue.ts';
import { toRecord } from '../../site/open-data/records.ts';

export const GET: APIRoute = async ({ site }) => {
  const { eksempler } = await catalogue();
  const records = eksempler.map((e) => toRecord(e, site ?? new URL('http://localhost/')));
  return new Response(`${JSON.stringify(records, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
