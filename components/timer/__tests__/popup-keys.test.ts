import { describeFocus, enterMeaning, escapeMeaning, type FocusContext } from '../popup-keys';

const plain = { shiftKey: false, ctrlKey: false, altKey: false, metaKey: false, isComposing: false };
const focus = (element: FocusContext['element'], more: Partial<FocusContext> = {}): FocusContext => ({ element, listOpen: false, inForm: false, modified: false, ...more });

describe('the Enter and Esc rule', () => {
  it.each<[string, FocusContext, 'take' | 'leave', 'take' | 'leave']>([
    // what has focus                                   Enter     Esc
    ['nothing (the page)', focus('other'), 'take', 'take'],
    ['a text field outside any form', focus('field'), 'take', 'take'],
    ['a button (Enter presses it)', focus('button'), 'leave', 'take'],
    ['a link (Enter follows it)', focus('link'), 'leave', 'take'],
    ['a textarea (Enter is a new line)', focus('textarea'), 'leave', 'take'],
    ['a select (its keys open and close it)', focus('select'), 'leave', 'leave'],
    ['editable text', focus('editable'), 'leave', 'take'],
    ['a field in a form (Enter submits it: start, switch, log time)', focus('field', { inForm: true }), 'leave', 'take'],
    ['a combobox with its list open (Enter chooses, Esc closes the list)', focus('field', { listOpen: true }), 'leave', 'leave'],
    ['an open list in a form', focus('field', { listOpen: true, inForm: true }), 'leave', 'leave'],
    ['anything with a modifier held or while composing', focus('other', { modified: true }), 'leave', 'leave'],
  ])('%s: Enter %s, Esc %s', (_, context, enter, escape) => {
    expect(enterMeaning(context)).toBe(enter);
    expect(escapeMeaning(context)).toBe(escape);
  });
});

describe('describeFocus', () => {
  beforeEach(() => {
    const html = `
      <form><input id="in-form" type="text"><input id="combo" role="combobox" aria-expanded="true"><button id="submit">Go</button></form>
      <input id="loose" type="search"><input id="check" type="checkbox"><a id="link" href="#x">x</a>
      <textarea id="notes"></textarea><select id="pick"><option>a</option></select><div id="div"></div>`;
    document.body.replaceChildren(...new DOMParser().parseFromString(html, 'text/html').body.childNodes);
  });
  const at = (id: string) => document.getElementById(id);

  it.each<[string | null, Partial<FocusContext>]>([
    ['in-form', { element: 'field', inForm: true, listOpen: false }],
    ['combo', { element: 'field', inForm: true, listOpen: true }],
    ['submit', { element: 'button', inForm: true }],
    ['loose', { element: 'field', inForm: false }],
    ['check', { element: 'button' }],
    ['link', { element: 'link' }],
    ['notes', { element: 'textarea' }],
    ['pick', { element: 'select' }],
    ['div', { element: 'other', inForm: false }],
    [null, { element: 'other', inForm: false, listOpen: false }],
  ])('describes #%s', (id, expected) => {
    expect(describeFocus(id === null ? null : at(id), plain)).toMatchObject({ ...expected, modified: false });
  });

  it('counts Shift, Ctrl, Alt, Meta and IME composition as modified', () => {
    for (const key of ['shiftKey', 'ctrlKey', 'altKey', 'metaKey', 'isComposing'] as const) {
      expect(describeFocus(at('div'), { ...plain, [key]: true }).modified).toBe(true);
    }
  });
});
