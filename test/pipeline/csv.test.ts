import { toCsv } from '../../src/pipeline/csv';
import { engineerFeatures } from '../../src/pipeline/features';
import { modelFeatureNames } from '../../src/pipeline/schema';
import { HOUR_MS, rawTable } from './fixtures';

const table = engineerFeatures(
  rawTable([
    {
      user_id: 0,
      device: 1,
      source: 3,
      session_length_s: 95.25,
      page_views: 3,
      clicks: 1,
      scroll_depth: 0.5,
      load_time_ms: 1250,
    },
    { user_id: 0, timestamp: 2 * HOUR_MS, device: 0, source: 0, page_views: 4, clicks: 0, converted: 1 },
    { user_id: 1, device: 2, source: 1, page_views: 2, clicks: 2 },
  ]),
);

describe('toCsv', () => {
  it('writes a header of the model features then converted', () => {
    const csv = toCsv(table, [0], modelFeatureNames(true));
    expect(csv.split('\n')[0]).toBe(
      'device,source,session_length_s,page_views,clicks,scroll_depth,load_time_ms,click_rate,time_since_last_click,converted',
    );
    expect(toCsv(table, [0], modelFeatureNames(false)).split('\n')[0]).toBe(
      'device,source,session_length_s,page_views,clicks,scroll_depth,load_time_ms,converted',
    );
  });

  it('writes one line per requested row, in the order given, with a final newline', () => {
    const csv = toCsv(table, [2, 0], modelFeatureNames(true));
    expect(csv.endsWith('\n')).toBe(true);
    const lines = csv.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[1].startsWith('tablet,social,')).toBe(true);
    expect(lines[2].startsWith('mobile,email,')).toBe(true);
    expect(toCsv(table, [], modelFeatureNames(true)).split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('writes category names and numbers, every line as wide as the header', () => {
    const csv = toCsv(table, [0, 1, 2], modelFeatureNames(true));
    const lines = csv.trimEnd().split('\n');
    for (const line of lines) expect(line.split(',')).toHaveLength(10);
    expect(lines[1]).toBe('mobile,email,95.25,3,1,0.5,1250,0.3333333,720,0');
    expect(lines[2]).toBe('desktop,search,120,4,0,0.5,900,0,2,1');
    expect(lines[3]).toBe('tablet,social,120,2,2,0.5,900,1,720,0');
  });
});
