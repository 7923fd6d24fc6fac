import assert from 'node:assert/strict';
import { test } from 'node:test';
import { kontaktSchema } from '../content-model/schemas/kontakt.ts';
import { contactView } from './contact.ts';

const kilder = [{ ar: 2016 }, { ar: 2015 }];

test('en kontakt med enhet, e-post, telefon og henvisning godtas og vises datert etter kilden den står i', () => {
  const kontakt = kontaktSchema.parse({
    enhet: 'Boligkontoret, Eksempel kommune',
    epost: 'bolig@eksempel.no',
    telefon: '12 34 56 78',
    kilde: '[2, s. 3]',
  });
  assert.deepEqual(contactView(kontakt, kilder), {
    lead: 'Kontakt ifølge kilden (2015)',
    source: 2,
    pages: 's. 3',
    enhet: 'Boligkontoret, Eksempel kommune',
    epost: 'bolig@eksempel.no',
    telefon: '12 34 56 78',
  });
});

test('en udatert kilde gir «udatert», ikke et oppdiktet år', () => {
  const kontakt = kontaktSchema.parse({ enhet: 'NAV Eksempel', kilde: '[1, s. 4–5]' });
  assert.equal(contactView(kontakt, [{}]).lead, 'Kontakt ifølge kilden (udatert)');
  assert.equal(contactView(kontakt, [{}]).pages, 's. 4–5');
});

test('kontakt uten henvisning, med ugyldig e-post eller med ukjente felt avvises med en norsk melding om feltet', () => {
  const cases: [unknown, RegExp][] = [
    [{ enhet: 'Boligkontoret' }, /kontakt\.kilde/],
    [{ enhet: 'Boligkontoret', kilde: 'side 3' }, /kontakt\.kilde må være en henvisning/],
    [{ enhet: 'Boligkontoret', kilde: '[1, s. 3]', epost: 'ikke-en-adresse' }, /kontakt\.epost/],
    [{ enhet: 'Boligkontoret', kilde: '[1, s. 3]', telefon: 'ring oss' }, /kontakt\.telefon/],
    [{ enhet: 'Boligkontoret', kilde: '[1, s. 3]', navn: 'Kari Nordmann' }, /navn/],
  ];
  for (const [input, message] of cases) {
    const result = kontaktSchema.safeParse(input);
    assert.equal(result.success, false, JSON.stringify(input));
    assert.match(JSON.stringify(result.error?.issues), message);
  }
});
