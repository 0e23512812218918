/** An information line aligned with `report`'s, for figures the issue gives no budget. */
export function info(name: string, value: number, unit: string): void {
  const v = Number.isInteger(value)
    ? value.toLocaleString('en-US')
    : value.toLocaleString('en-US', { maximumFractionDigits: 3 });
  console.log(`${name.padEnd(44)} ${v.padStart(14)} ${unit.padEnd(10)} (info)`);
}
