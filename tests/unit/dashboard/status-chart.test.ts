// @vitest-environment node
import { shadeStep } from '@/features/dashboard/status-chart';
import { chartHeight } from '@/features/dashboard/status-chart-size';

describe('the status matrix’s shades', () => {
  it('leaves a day with nothing empty', () => {
    expect(shadeStep(0, 10)).toBeNull();
    expect(shadeStep(0, 0)).toBeNull();
  });

  it('gives one article the palest shade and the busiest cell the darkest', () => {
    expect(shadeStep(1, 40)).toBe(0);
    expect(shadeStep(40, 40)).toBe(3);
    expect(shadeStep(1, 1)).toBe(0);
  });

  it('steps up with the count, never past the darkest', () => {
    const steps = Array.from({ length: 20 }, (_, i) => shadeStep(i + 1, 20) as number);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    expect(new Set(steps)).toEqual(new Set([0, 1, 2, 3]));
    expect(shadeStep(25, 20)).toBe(3);
  });

  it('knows its height before it draws, so the placeholder holds the same room', () => {
    expect(chartHeight(7)).toBe(7 * 28 - 2 + 44);
  });
});
