import { render } from '@testing-library/react';
import { slot, withElements } from '../slots';

describe('withElements', () => {
  it('puts each element where its slot is, in the order of the sentence, not of the list', () => {
    const { container } = render(<p>{withElements(`Öffnen Sie ${slot(1)} und ${slot(0)}.`, [<strong key="a">A</strong>, <a key="b" href="#b">B</a>])}</p>);
    expect(container.innerHTML).toBe('<p>Öffnen Sie <a href="#b">B</a> und <strong>A</strong>.</p>');
  });

  it('leaves a sentence without slots as it is', () => {
    const { container } = render(<p>{withElements('No slots here.', [])}</p>);
    expect(container.innerHTML).toBe('<p>No slots here.</p>');
  });
});
