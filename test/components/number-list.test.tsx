// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { NumberList } from '../../src/components/number-list';

describe('NumberList', () => {
  it('pairs each label with its value, in the order given', () => {
    const { container } = render(
      <NumberList
        className="summary-numbers"
        items={[
          ['Validation accuracy', '84.6 %'],
          ['Validation loss', <b key="l">0.350</b>],
        ]}
      />,
    );
    const dl = container.querySelector('dl.summary-numbers')!;
    const pairs = Array.from(dl.children, (d) => [d.querySelector('dt')?.textContent, d.querySelector('dd')?.textContent]);
    expect(pairs).toEqual([
      ['Validation accuracy', '84.6 %'],
      ['Validation loss', '0.350'],
    ]);
  });
});
