import type { APIRoute } from 'astro';
import { catalogue } from '../../site/catalogue.ts';
import { toCsv, toRecord } from '../../site/open-data/records.ts';

export const GET: APIRoute = async ({ site }) => {
  const { eksempler } = await catalogue();
  const csv = toCsv(eksempler.map((e) => toRecord(e, site ?? new URL('http://localhost/'))));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
