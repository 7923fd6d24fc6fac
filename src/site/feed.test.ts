import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SaxesParser } from 'saxes';
import type { Eksempel } from './catalogue.ts';
import { caseFeed } from './feed.ts';

/** The well-formedness errors a strict XML 1.0 parser finds. */
function xmlErrors(xml: string): string[] {
  const errors: string[] = [];
  const parser = new SaxesParser();
  parser.on('error', (error) => errors.push(error.message));
  parser.write(xml).close();
  return errors;
}

const eksempel = (tittel: string) =>
  ({
    id: 'test',
    data: {
      tittel,
      sammendrag: `Sammendrag\u001b med ESC`,
      publisert: new Date('2026-11-21'),
      sistKontrollert: new Date('2026-11-21'),
    },
  }) as unknown as Eksempel;

describe('caseFeed', () => {
  it('is well-formed XML even when a title holds NUL, BEL or ESC', async () => {
    const response = await caseFeed({
      title: 'Bopraksis',
      description: 'Nye eksempler',
      site: new URL('https://bopraksis.no'),
      eksempler: [eksempel('Tittel\u0000 med\u0007 kontrolltegn')],
    });
    const xml = await response.text();
    assert.deepEqual(xmlErrors(xml), []);
    assert.match(xml, /<title>Tittel med kontrolltegn<\/title>/);
  });
});
