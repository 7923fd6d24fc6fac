import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { readContent } from '../../src/content-model/validation/read-content.ts';

// The knowledge base must not silently shrink: these are the floors the catalogue was built to.
const root = fileURLToPath(new URL('../../', import.meta.url));
const { entries } = readContent(root);
const ids = (collection: string) => entries.filter((e) => e.collection === collection).map((e) => e.id);
const data = (collection: string) =>
  entries.filter((e) => e.collection === collection).map((e) => e.data as Record<string, unknown>);

describe('the knowledge base', () => {
  it('has at least the cases, methods, procedures, laws and glossary terms it was built with', () => {
    assert.ok(ids('eksempler').length >= 20, `eksempler: ${ids('eksempler').length}`);
    assert.ok(ids('metoder').length >= 14, `metoder: ${ids('metoder').length}`);
    assert.ok(ids('framgangsmater').length >= 5, `framgangsmater: ${ids('framgangsmater').length}`);
    assert.ok(ids('lovverk').length >= 8, `lovverk: ${ids('lovverk').length}`);
    assert.ok(ids('ordliste').length >= 30, `ordliste: ${ids('ordliste').length}`);
    assert.ok(ids('malgrupper').length >= 8, `malgrupper: ${ids('malgrupper').length}`);
    assert.ok(ids('virkemidler').length >= 5, `virkemidler: ${ids('virkemidler').length}`);
  });

  it("has the national guide's six success factors, and narrower ones each placed under one of them", () => {
    const factors = data('suksessfaktorer');
    const main = factors.filter((f) => !f.hovedfaktor).map((f) => f.tittel);
    assert.deepEqual(
      [...main].sort(),
      [
        'Brukermedvirkning',
        'Forankring og eierskap',
        'Kompetanse',
        'Organisering og samordning',
        'Overordnet strategi',
        'Økonomiske ressurser',
      ].sort(),
    );
    assert.ok(factors.length - main.length >= 6, 'at least six narrower factors');
  });
});
