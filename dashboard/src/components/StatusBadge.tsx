// A status as colour AND icon AND word.
import { useI18n } from '../app/i18n-context.tsx';
import { lookOf, type StatusLook } from '../lib/status.ts';

export function StatusBadge({
  value,
  looks,
  labels,
  suffix,
}: {
  value: string | null | undefined;
  looks: Record<string, StatusLook>;
  labels: Record<string, { vi: string; en: string }>;
  suffix?: string;
}) {
  const i18n = useI18n();
  if (!value) return <span className="badge tone-neutral">—</span>;
  const look = lookOf(looks, value);
  return (
    <span className={`badge tone-${look.tone}`} data-status={value}>
      <span className="badge-icon" aria-hidden="true">
        {look.icon}
      </span>
      {i18n.label(labels, value)}
      {suffix ? ` · ${suffix}` : ''}
    </span>
  );
}
