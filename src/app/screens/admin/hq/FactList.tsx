/** Terms and values, laid out like the other admin fact lists (trust lists). */
export function FactList({ facts, label }: { facts: readonly (readonly [string, string])[]; label: string }) {
  return (
    <dl className="boxes-list" aria-label={label}>
      {facts.map(([term, value]) => (
        <div className="box-row" key={term}>
          <dt>{term}</dt>
          <dd className="admin-fingerprint">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
