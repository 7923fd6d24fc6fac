import type { APIRoute } from 'astro';
import { catalogue } from '../../site/catalogue.ts';
import { caseFeed } from '../../site/feed.ts';

export const GET: APIRoute = async ({ site }) =>
  caseFeed({
    title: 'Bopraksis: nye og oppdaterte eksempler',
    description: 'Nye og oppdaterte eksempler fra boligsosialt arbeid i norske kommuner.',
    site: site ?? new URL('http://localhost/'),
    eksempler: (await catalogue()).eksempler,
  });
