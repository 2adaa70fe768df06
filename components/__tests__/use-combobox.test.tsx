import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { useCombobox } from '../use-combobox';

const FRUITS = ['Apple', 'Banana', 'Cherry', 'Date'];

/** A fruit picker built on the hook, inside a form that records its submits. */
function Picker({ freeText = false, initial = null, onSubmit = () => {} }: { freeText?: boolean; initial?: string | null; onSubmit?: () => void }) {
  const [chosen, setChosen] = useState<string | null>(initial);
  const [typed, setTyped] = useState<string | null>(null);
  const items = FRUITS.filter((fruit) => fruit.toLowerCase().includes((typed ?? '').toLowerCase()));
  const { isOpen, labelProps, inputProps, toggleProps, listProps, optionProps } = useCombobox({
    items,
    selectedIndex: items.indexOf(chosen ?? ''),
    freeText,
    onType: setTyped,
    onChoose: (fruit) => {
      setChosen(fruit);
      setTyped(null);
    },
    chooseOnTab: (fruit) => fruit !== 'Date',
    onLeave: () => setTyped(null),
  });
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <label {...labelProps}>Fruit</label>
      <input {...inputProps} value={typed ?? chosen ?? ''} />
      <button {...toggleProps} aria-label="Show the fruit" />
      <ul {...listProps} hidden={!isOpen || items.length === 0}>
        {isOpen &&
          items.map((fruit, index) => (
            <li key={fruit} {...optionProps(index)}>
              {fruit}
            </li>
          ))}
      </ul>
      <button type="button">Elsewhere</button>
    </form>
  );
}

const field = () => screen.getByRole('combobox', { name: 'Fruit' });
const highlighted = () => screen.queryByRole('option', { selected: true })?.textContent ?? null;
const options = () => within(screen.getByRole('listbox', { name: 'Fruit' })).getAllByRole('option').map((option) => option.textContent);

/** Whether the last keydown that reached the window had its default prevented (by the combobox). */
function watchDefaults() {
  const seen: boolean[] = [];
  const listener = (event: KeyboardEvent) => seen.push(event.defaultPrevented);
  window.addEventListener('keydown', listener);
  onTestFinished(() => window.removeEventListener('keydown', listener));
  return () => seen.at(-1);
}

describe('useCombobox: ARIA', () => {
  it('is a combobox controlling a listbox named by the same label; the highlighted option is the active descendant', async () => {
    const user = userEvent.setup();
    render(<Picker />);
    expect(field()).toHaveAttribute('aria-expanded', 'false');
    expect(field()).toHaveAttribute('aria-autocomplete', 'list');
    expect(field()).not.toHaveAttribute('aria-activedescendant');

    await user.click(field());
    await user.keyboard('{ArrowDown}');

    const list = screen.getByRole('listbox', { name: 'Fruit' });
    expect(field()).toHaveAttribute('aria-expanded', 'true');
    expect(field()).toHaveAttribute('aria-controls', list.id);
    const active = screen.getByRole('option', { selected: true });
    expect(active).toHaveTextContent('Apple');
    expect(field()).toHaveAttribute('aria-activedescendant', active.id);
    expect(screen.getAllByRole('option', { selected: false })).toHaveLength(3);
    expect(screen.getByRole('button', { name: 'Show the fruit' })).toHaveAttribute('aria-expanded', 'true');
  });
});

describe('useCombobox: keys', () => {
  it('opens on the first option with ↓ and the last with ↑, moves with wrapping, Home and End', async () => {
    const user = userEvent.setup();
    render(<Picker />);
    field().focus();

    await user.keyboard('{ArrowDown}');
    expect(highlighted()).toBe('Apple');
    await user.keyboard('{ArrowUp}');
    expect(highlighted()).toBe('Date');
    await user.keyboard('{ArrowDown}');
    expect(highlighted()).toBe('Apple');
    await user.keyboard('{End}');
    expect(highlighted()).toBe('Date');
    await user.keyboard('{Home}');
    expect(highlighted()).toBe('Apple');
    await user.keyboard('{Escape}{ArrowUp}');
    expect(highlighted()).toBe('Date');
  });

  it('opens on the chosen option', async () => {
    const user = userEvent.setup();
    render(<Picker initial="Cherry" />);
    field().focus();
    await user.keyboard('{ArrowDown}');
    expect(highlighted()).toBe('Cherry');
  });

  it('chooses with Enter and keeps that Enter from the form; Enter on the closed list submits', async () => {
    const user = userEvent.setup();
    const submit = vi.fn();
    render(<Picker onSubmit={submit} />);
    field().focus();

    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');

    expect(field()).toHaveValue('Banana');
    expect(field()).toHaveAttribute('aria-expanded', 'false');
    expect(submit).not.toHaveBeenCalled();
    await user.keyboard('{Enter}');
    expect(submit).toHaveBeenCalledTimes(1);
  });

  it('chooses with Alt+↑, and Alt+↓ opens without highlighting', async () => {
    const user = userEvent.setup();
    render(<Picker />);
    field().focus();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(field()).toHaveAttribute('aria-expanded', 'true');
    expect(highlighted()).toBeNull();
    await user.keyboard('{ArrowDown}{ArrowDown}{Alt>}{ArrowUp}{/Alt}');
    expect(field()).toHaveValue('Banana');
    expect(field()).toHaveAttribute('aria-expanded', 'false');
  });

  it('closes an open list with Esc (using the key), and leaves Esc alone when closed', async () => {
    const user = userEvent.setup();
    const lastPrevented = watchDefaults();
    render(<Picker initial="Apple" />);
    field().focus();
    await user.keyboard('{ArrowDown}');

    await user.keyboard('{Escape}');
    expect(field()).toHaveAttribute('aria-expanded', 'false');
    expect(lastPrevented()).toBe(true);

    await user.keyboard('{Escape}');
    expect(lastPrevented()).toBe(false);
    expect(field()).toHaveValue('Apple');
  });

  it('leaves Home and End to the text while closed', async () => {
    const user = userEvent.setup();
    const lastPrevented = watchDefaults();
    render(<Picker />);
    field().focus();
    await user.keyboard('{Home}');
    expect(lastPrevented()).toBe(false);
    expect(field()).toHaveAttribute('aria-expanded', 'false');
  });

  it('scrolls the option moved to by keyboard into view, nearest edge only', async () => {
    const user = userEvent.setup();
    const scrolled: Array<[string | null, unknown]> = [];
    vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(function (this: Element, options) {
      scrolled.push([this.textContent, options]);
    });
    render(<Picker />);
    field().focus();
    await user.keyboard('{ArrowUp}');
    expect(scrolled.at(-1)).toEqual(['Date', { block: 'nearest' }]);
  });
});

describe('useCombobox: typing', () => {
  it('opens the list with the first match highlighted, so "type, Enter" chooses it', async () => {
    const user = userEvent.setup();
    render(<Picker />);
    await user.type(field(), 'an');
    expect(options()).toEqual(['Banana']);
    expect(highlighted()).toBe('Banana');
    await user.keyboard('{Enter}');
    expect(field()).toHaveValue('Banana');
  });

  it('keeps the list open (expanded) when nothing matches, and Enter then stays in the field', async () => {
    const user = userEvent.setup();
    const submit = vi.fn();
    render(<Picker onSubmit={submit} />);
    await user.type(field(), 'kiwi');
    expect(field()).toHaveAttribute('aria-expanded', 'true');
    expect(screen.queryByRole('option')).not.toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(submit).not.toHaveBeenCalled();
    expect(field()).toHaveAttribute('aria-expanded', 'false');
  });

  it('in free text, highlights nothing, leaves Enter to the form, and closes while nothing matches', async () => {
    const user = userEvent.setup();
    const submit = vi.fn();
    render(<Picker freeText onSubmit={submit} />);
    await user.type(field(), 'a');
    expect(options()).toEqual(['Apple', 'Banana', 'Date']);
    expect(highlighted()).toBeNull();
    await user.type(field(), 'xyz');
    expect(field()).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard('{Enter}');
    expect(submit).toHaveBeenCalledTimes(1);
  });
});

describe('useCombobox: pointer and focus', () => {
  it('chooses a clicked option and keeps the focus in the field; the toggle opens the list and focuses the field', async () => {
    const user = userEvent.setup();
    render(<Picker />);
    await user.click(screen.getByRole('button', { name: 'Show the fruit' }));
    expect(field()).toHaveFocus();
    expect(field()).toHaveAttribute('aria-expanded', 'true');

    await user.click(screen.getByRole('option', { name: 'Cherry' }));

    expect(field()).toHaveValue('Cherry');
    expect(field()).toHaveFocus();
    expect(field()).toHaveAttribute('aria-expanded', 'false');
  });

  it('highlights the option under the pointer and nothing once it leaves the list', async () => {
    const user = userEvent.setup();
    render(<Picker />);
    await user.click(field());
    await user.hover(screen.getByRole('option', { name: 'Banana' }));
    expect(highlighted()).toBe('Banana');
    await user.unhover(screen.getByRole('listbox'));
    expect(highlighted()).toBeNull();
  });

  it('Tab away chooses the highlighted option (when allowed); a click elsewhere chooses nothing and shows the choice again', async () => {
    const user = userEvent.setup();
    render(<Picker initial="Apple" />);
    field().focus();
    await user.keyboard('{Control>}a{/Control}ch');
    await user.tab();
    expect(field()).toHaveValue('Cherry');

    field().focus();
    await user.keyboard('{ArrowUp}{ArrowUp}'); // opens on Cherry, then Banana
    await user.keyboard('{End}'); // Date: Tab must not choose it
    expect(highlighted()).toBe('Date');
    await user.tab();
    expect(field()).toHaveValue('Cherry');

    field().focus();
    await user.keyboard('{Control>}a{/Control}ban');
    expect(highlighted()).toBe('Banana');
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    expect(field()).toHaveValue('Cherry');
    expect(field()).toHaveAttribute('aria-expanded', 'false');
  });
});
