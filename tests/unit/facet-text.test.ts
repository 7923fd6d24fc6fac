import assert from 'node:assert/strict';
import { test } from 'node:test';
import { facetClause } from '../../src/site/facet-text.ts';

test('en fasettverdi i en setning har bestemt form og stor bokstav bare i navn', () => {
  assert.equal(facetClause('malgruppe', 'Målgruppe', 'Unge'), 'målgruppen er unge');
  assert.equal(facetClause('fylke', 'Fylke', 'Nordland'), 'fylket er Nordland');
  assert.equal(
    facetClause('metode', 'Metode', 'Bolig først (Housing First)'),
    'metoden er Bolig først (Housing First)',
  );
  assert.equal(facetClause('kommunestorrelse', 'Kommunestørrelse', 'Stor'), 'kommunestørrelsen er stor');
  assert.equal(facetClause('tema', 'Tema', 'Økonomi og finansiering'), 'temaet er økonomi og finansiering');
});
