/** A measured number, with its budget when it has one (`max`: value ≤ budget; `min`: value ≥ budget). */
export function metric(name, value, unit, budget) {
  const m = { name, value, unit };
  if (budget?.max !== undefined) Object.assign(m, { budget: budget.max, budgetOp: '≤', ok: value <= budget.max });
  if (budget?.min !== undefined) Object.assign(m, { budget: budget.min, budgetOp: '≥', ok: value >= budget.min });
  return m;
}

/** A yes/no check shown as a metric row. */
export const check = (name, passed, detail = passed ? 'yes' : 'no') => ({ name, value: detail, ok: passed });
