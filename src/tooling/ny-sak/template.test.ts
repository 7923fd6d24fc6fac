import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HINT_MARKER } from '../../content-model/sections.ts';
import { bodyTemplate, renderTemplate } from './template.ts';

test('each section gets its heading and a one-line hint that sjekk refuses until it is replaced', () => {
  assert.equal(
    bodyTemplate(['Beskrivelse', 'Noe annet']),
    `## Beskrivelse\n\n> ${HINT_MARKER} Hva gjorde kommunen, og hvorfor? To til fire avsnitt. Påkrevd. Fjern seksjonen hvis kildene ikke sier noe om dette.\n` +
      `\n## Noe annet\n\n> ${HINT_MARKER} Skriv med egne ord. Fjern seksjonen hvis kildene ikke sier noe om dette.\n`,
  );
});

test('a new case is a draft with the answers in its front matter, quoted where they are free text', () => {
  const text = renderTemplate({
    tittel: 'Bodø: «boliger» for unge',
    kommune: { id: 'bodo', navn: 'Bodø' },
    tema: ['bolig', 'oppfolging'],
    malgrupper: ['unge'],
    metoder: [],
    today: '2026-12-01',
  });
  const lines = text.split('\n');
  for (const line of [
    'tittel: "Bodø: «boliger» for unge"',
    'utkast: true',
    'ansvarligAktor: "Bodø kommune"',
    'kommuner: [bodo]',
    'publisert: 2026-12-01',
    'sistKontrollert: 2026-12-01',
    'tema: [bolig, oppfolging]',
    'malgrupper: [unge]',
    'metoder: []',
  ]) {
    assert.ok(lines.includes(line), line);
  }
});
