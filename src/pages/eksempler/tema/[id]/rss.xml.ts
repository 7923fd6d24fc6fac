import type { APIRoute, GetStaticPaths } from 'astro';
import { casesFor, catalogue } from '../../../../site/catalogue.ts';
import { caseFeed } from '../../../../site/feed.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const cat = await catalogue();
  return [...cat.byId.tema.values()].map((tema) => ({
    params: { id: tema.id },
    props: { navn: tema.data.navn, eksempler: casesFor(cat, { collection: 'tema', id: tema.id }) },
  }));
};

export const GET: APIRoute = ({ site, props }) =>
  caseFeed({
    title: `Bopraksis: ${props.navn}`,
    description: `Nye og oppdaterte eksempler om ${String(props.navn).toLowerCase()}.`,
    site: site ?? new URL('http://localhost/'),
    eksempler: props.eksempler,
  });
