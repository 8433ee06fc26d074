/** The card's "Training Trace — Epoch by Epoch" table; rows appear as epochs finish. */
import type { EpochRecord } from '../pipeline/epochs';

export function EpochTable({ epochs }: { epochs: readonly EpochRecord[] }) {
  return (
    <table className="data-table">
      <caption>Training trace — epoch by epoch</caption>
      <thead>
        <tr>
          <th scope="col">Epoch</th>
          <th scope="col">Loss ↓</th>
          <th scope="col">Accuracy ↑</th>
          <th scope="col">Validation loss</th>
          <th scope="col">Validation accuracy</th>
          <th scope="col">Observation</th>
        </tr>
      </thead>
      <tbody>
        {epochs.map((e) => (
          <tr key={e.epoch}>
            <td>{e.epoch}</td>
            <td>{e.loss.toFixed(2)}</td>
            <td>{e.accuracy.toFixed(2)}</td>
            <td>{e.valLoss.toFixed(2)}</td>
            <td>{e.valAccuracy.toFixed(2)}</td>
            <td>{e.observation}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
