// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { validationMetrics } from '../../../src/pipeline/metrics';
import { MetricTiles } from '../../../src/stages/validation/metric-tiles';

describe('MetricTiles', () => {
  it('shows AUC as n/a with the reason when the rows hold only one class', () => {
    render(<MetricTiles metrics={validationMetrics([1, 1, 1], [0.2, 0.6, 0.9])} />);
    const auc = screen.getByText('AUC', { selector: 'dt' }).nextElementSibling;
    expect(auc).toHaveTextContent('n/a (needs both classes, and these rows hold only one)');
  });

  it('shows a real AUC with three decimals', () => {
    render(<MetricTiles metrics={validationMetrics([0, 1, 0, 1], [0.1, 0.8, 0.6, 0.4])} />);
    expect(screen.getByText('AUC', { selector: 'dt' }).nextElementSibling).toHaveTextContent('0.750');
  });
});
