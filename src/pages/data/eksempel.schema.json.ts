import type { APIRoute } from 'astro';
import { caseRecordJsonSchema } from '../../site/open-data/case-record.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(caseRecordJsonSchema(), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json' },
  });
