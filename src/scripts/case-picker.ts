/**
 * The compare form's case pickers. Each is a text field with Designsystemet's Suggestion list, built, as
 * Designsystemet builds it, on u-datalist (an accessible combobox: arrow keys, Enter, Escape, and the number of
 * suggestions read out). The page names only the two preselected cases. The first time a field is used, the picker
 * loads the catalogue index (the file the catalogue's filter loads, so often already cached) and suggests the cases
 * whose title or municipality holds every word typed. The chosen case's id goes in the field's hidden input, so the
 * URL holds ids (`?a=…&b=…`) whatever the titles.
 */
import '@u-elements/u-datalist';
import { FILES } from '../content-model/routes.ts';
import { caseChoices, caseTitled, suggestedCases, type CaseChoice } from '../site/case-suggestions.ts';
import type { CatalogueIndex } from '../site/catalogue-index.ts';

const MAX_SUGGESTIONS = 20;

export interface CasePicker {
  /** The visible field, showing the chosen case's title. */
  field: HTMLInputElement;
  /** The hidden input the form sends: the chosen case's id. */
  chosen: HTMLInputElement;
  list: HTMLElement;
  help: HTMLElement;
  error: HTMLElement;
}

let loading: Promise<CaseChoice[]> | undefined;
let loaded = false;

function choices(): Promise<CaseChoice[]> {
  loading ??= fetch(FILES.katalogIndeks)
    .then((response) => {
      if (!response.ok) throw new Error(`${FILES.katalogIndeks}: ${response.status}`);
      return response.json() as Promise<CatalogueIndex>;
    })
    .then((index) => {
      loaded = true;
      return caseChoices(index);
    });
  // A failed load is tried again the next time a field is used.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

function setError(picker: CasePicker, message: string) {
  picker.error.textContent = message;
  picker.error.hidden = !message;
  if (message) picker.field.setAttribute('aria-invalid', 'true');
  else picker.field.removeAttribute('aria-invalid');
  const described = message ? [picker.help.id, picker.error.id] : [picker.help.id];
  picker.field.setAttribute('aria-describedby', described.join(' '));
}

function option(choice: CaseChoice): HTMLElement {
  const item = document.createElement('u-option');
  // u-datalist puts an option's value in the field when it is chosen.
  item.setAttribute('value', choice.title);
  item.setAttribute('data-id', choice.id);
  const meta = document.createElement('span');
  meta.className = 'bp-meta';
  meta.textContent = choice.meta;
  item.append(choice.title, meta);
  return item;
}

async function suggest(picker: CasePicker) {
  const query = picker.field.value;
  // On a slow line the index takes a moment at first; the help line says so rather than showing nothing.
  if (!loaded) picker.help.textContent = 'Henter eksemplene …';
  let all: CaseChoice[];
  try {
    all = await choices();
  } catch {
    picker.help.textContent = 'Forslagene kunne ikke hentes. Prøv igjen om litt.';
    return;
  }
  // The reader typed on while the index loaded: that keystroke has its own call.
  if (picker.field.value !== query) return;
  const { shown, total } = suggestedCases(all, query, MAX_SUGGESTIONS);
  picker.list.replaceChildren(...shown.map(option));
  picker.help.textContent =
    total === 0
      ? `Ingen eksempler passer til «${query.trim()}». Prøv færre eller andre ord.`
      : total > shown.length
        ? `Viser ${shown.length} av ${total} eksempler. Skriv flere ord for å finne færre.`
        : (picker.help.dataset.default ?? '');
}

function pickerIn(field: Element): CasePicker | undefined {
  const input = field.querySelector<HTMLInputElement>('input[list]');
  const chosen = field.querySelector<HTMLInputElement>('input[type="hidden"]');
  const list = field.querySelector<HTMLElement>('u-datalist');
  const help = field.querySelector<HTMLElement>('[data-field="description"]');
  const error = field.querySelector<HTMLElement>('[data-field="validation"]');
  if (!input || !chosen || !list || !help || !error) return undefined;
  help.dataset.default = help.textContent ?? '';
  return { field: input, chosen, list, help, error };
}

/** Shows a case as chosen (or none, with an empty id). */
export function choose(picker: CasePicker, id: string, title: string) {
  picker.chosen.value = id;
  picker.field.value = title;
  setError(picker, '');
}

/**
 * Wires up every `[data-picker]` field in the form. On sending, a field with text but no chosen case gets the case
 * of that exact title, or an error that says what to do, and the form waits.
 */
export function casePickers(form: HTMLFormElement): Map<string, CasePicker> {
  const pickers = new Map<string, CasePicker>();
  for (const field of form.querySelectorAll<HTMLElement>('[data-picker]')) {
    const picker = pickerIn(field);
    if (!picker || !field.dataset.picker) continue;
    pickers.set(field.dataset.picker, picker);
    picker.field.addEventListener('focus', () => suggest(picker));
    picker.field.addEventListener('input', () => {
      picker.chosen.value = '';
      setError(picker, '');
      suggest(picker);
    });
    // Runs after u-datalist has put the title in the field (its listener captures the click on the document).
    picker.list.addEventListener('click', (event) => {
      const chosen = (event.target as Element).closest('u-option')?.getAttribute('data-id');
      if (chosen) picker.chosen.value = chosen;
    });
  }

  form.addEventListener('submit', async (event) => {
    const unresolved = [...pickers.values()].filter((picker) => picker.field.value.trim() && !picker.chosen.value);
    if (unresolved.length === 0) return;
    event.preventDefault();
    const all = await choices().catch(() => []);
    for (const picker of unresolved) {
      const match = caseTitled(all, picker.field.value);
      if (match) choose(picker, match.id, match.title);
      else
        setError(
          picker,
          `Fant ikke noe eksempel med tittelen «${picker.field.value.trim()}». Skriv noen ord fra tittelen, og velg et av forslagene, eller tøm feltet.`,
        );
    }
    const wrong = unresolved.find((picker) => !picker.chosen.value);
    if (wrong) wrong.field.focus();
    else form.submit();
  });
  return pickers;
}
