import { Menu, Text, UnstyledButton } from '@mantine/core';
import { type DragEvent, type KeyboardEvent, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { clock, zoned } from '../clinic-kit/time';
import { registerMessages } from '../messages';
import { messages } from './messages';

registerMessages('agenda', messages);

/** One column: a professional or a room on one local day. */
export type GridColumn = { key: string; label: string; date: string; ownerId: string };
export type GridAppointment = {
  id: string;
  starts_at: string;
  ends_at: string;
  status: string;
  professional_id: string;
  resource_id: string | null;
  patient: string;
  movable: boolean;
};
export type GridSlot = { starts_at: string; ends_at: string; professional_id: string; resource_id: string | null };

export type AgendaGridProps = {
  label: string;
  columns: GridColumn[];
  /** Which owner a column shows: appointments and slots are placed by this id. */
  by: 'professional' | 'resource';
  timezone: string;
  appointments: GridAppointment[];
  slots: GridSlot[];
  /** Minutes per row (default 15). */
  step?: number;
  canWrite: boolean;
  onBook: (slot: GridSlot) => void;
  onOpen: (appointment: GridAppointment) => void;
  onMove: (appointment: GridAppointment, slot: GridSlot) => void;
};

const ROW_REM = 1.25;
type Placed<T> = T & { column: number; row: number; span: number; start: number };

/** Where an item falls: its column (owner and local day) and rows from the grid's first minute. */
function place<T extends { starts_at: string; ends_at: string; professional_id: string; resource_id: string | null }>(
  items: T[],
  props: Pick<AgendaGridProps, 'columns' | 'by' | 'timezone'>,
  first: number,
  step: number,
): Placed<T>[] {
  const out: Placed<T>[] = [];
  for (const item of items) {
    const owner = props.by === 'professional' ? item.professional_id : item.resource_id;
    const start = zoned(item.starts_at, props.timezone);
    const column = props.columns.findIndex((c) => c.ownerId === owner && c.date === start.date);
    if (column < 0) continue;
    const minutes = Math.max(step, (Date.parse(item.ends_at) - Date.parse(item.starts_at)) / 60_000);
    out.push({
      ...item,
      column,
      start: start.minutes,
      row: Math.floor((start.minutes - first) / step) + 1,
      span: Math.max(1, Math.round(minutes / step)),
    });
  }
  return out;
}

/** The hours shown: 07:00–20:00 at least, stretched to whatever falls outside them. */
function range(starts: number[], ends: number[], step: number): [number, number] {
  const first = Math.min(7 * 60, ...starts);
  const last = Math.max(20 * 60, ...ends);
  return [first - (first % 60), Math.ceil(last / step) * step];
}

/**
 * The agenda as a time grid: one column per professional or room (day view) or per day (week view),
 * appointments placed by their local time in the workspace zone, free slots as buttons that book.
 * An appointment moves by dragging it onto a free slot, from its "Move to…" menu, or with
 * Alt+↑/↓ (the previous or next free slot of its column).
 */
export function AgendaGrid(props: AgendaGridProps) {
  const { t } = useTranslation('agenda');
  const { t: common } = useTranslation();
  const id = useId();
  const step = props.step ?? 15;
  const appointments = place(props.appointments, props, 0, step);
  // One free slot per column and start (several rooms may be free at once).
  const seen = new Set<string>();
  const slots = place(props.slots, props, 0, step).filter((s) => {
    const key = `${s.column}@${s.start}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const [first, last] = range(
    [...appointments, ...slots].map((i) => i.start),
    [...appointments, ...slots].map((i) => i.start + i.span * step),
    step,
  );
  const rows = (last - first) / step;
  const row = (start: number) => Math.floor((start - first) / step) + 1;
  const hours = Array.from({ length: Math.ceil((last - first) / 60) }, (_, i) => first + i * 60);
  const slotsOf = (column: number) => slots.filter((s) => s.column === column).sort((a, b) => a.start - b.start);
  const status = (s: string) => common(`status.${s}`, { defaultValue: s });

  function onKey(event: KeyboardEvent, a: Placed<GridAppointment>) {
    if (!event.altKey || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
    if (!a.movable || !props.canWrite) return;
    event.preventDefault();
    const free = slotsOf(a.column);
    const target =
      event.key === 'ArrowDown' ? free.find((s) => s.start > a.start) : free.filter((s) => s.start < a.start).pop();
    if (target) props.onMove(a, target);
  }
  function onDrop(event: DragEvent, slot: GridSlot) {
    const dragged = appointments.find((a) => a.id === event.dataTransfer.getData('text/plain'));
    if (dragged) {
      event.preventDefault();
      props.onMove(dragged, slot);
    }
  }

  return (
    <section
      aria-label={t('grid', { label: props.label })}
      className="agenda-scroll"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take keyboard focus to scroll (WCAG 2.1.1).
      tabIndex={0}
    >
      <div
        className="agenda-grid"
        style={{ gridTemplateColumns: `3.5rem repeat(${props.columns.length}, minmax(8.5rem, 1fr))` }}
      >
        <div className="agenda-corner" aria-hidden="true" />
        {props.columns.map((c, i) => (
          <h3 key={c.key} id={`${id}-h${i}`} className="agenda-head">
            {c.label}
          </h3>
        ))}
        <div className="agenda-hours" style={{ gridTemplateRows: `repeat(${rows}, ${ROW_REM}rem)` }} aria-hidden="true">
          {hours.map((h) => (
            <span key={h} style={{ gridRow: `${row(h)} / span ${60 / step}` }}>
              {clock(h)}
            </span>
          ))}
        </div>
        {props.columns.map((c, column) => (
          <ul
            key={c.key}
            aria-labelledby={`${id}-h${column}`}
            className="agenda-column"
            data-column={c.key}
            style={{ gridTemplateRows: `repeat(${rows}, ${ROW_REM}rem)` }}
          >
            {slotsOf(column).map((s) => (
              <li key={`s${s.start}`} style={{ gridRow: `${row(s.start)} / span ${s.span}` }} data-row={row(s.start)}>
                <UnstyledButton
                  className="agenda-slot"
                  aria-label={t('freeLabel', { time: clock(s.start), column: c.label })}
                  disabled={!props.canWrite}
                  onClick={() => props.onBook(s)}
                  onDragOver={(event) => event.preventDefault()}
                  onDrop={(event) => onDrop(event, s)}
                  data-slot={s.starts_at}
                >
                  {t('free', { time: clock(s.start) })}
                </UnstyledButton>
              </li>
            ))}
            {appointments
              .filter((a) => a.column === column)
              .map((a) => (
                <li
                  key={a.id}
                  className="agenda-appointment"
                  data-status={a.status}
                  data-row={row(a.start)}
                  style={{ gridRow: `${row(a.start)} / span ${a.span}` }}
                >
                  <UnstyledButton
                    className="agenda-open"
                    draggable={a.movable && props.canWrite}
                    onDragStart={(event) => event.dataTransfer.setData('text/plain', a.id)}
                    onKeyDown={(event) => onKey(event, a)}
                    onClick={() => props.onOpen(a)}
                    aria-label={t('appointmentLabel', {
                      time: clock(a.start),
                      patient: a.patient,
                      status: status(a.status),
                    })}
                    data-appointment={a.id}
                  >
                    <Text size="xs" fw={700} span>
                      {clock(a.start)}
                    </Text>{' '}
                    <Text size="xs" span>
                      {a.patient}
                    </Text>
                  </UnstyledButton>
                  {a.movable && props.canWrite && (
                    <Menu position="bottom-start" withinPortal>
                      <Menu.Target>
                        <UnstyledButton className="agenda-move" aria-label={`${t('move')} ${a.patient}`}>
                          ⋯
                        </UnstyledButton>
                      </Menu.Target>
                      <Menu.Dropdown mah={280} style={{ overflowY: 'auto' }}>
                        <Menu.Label>{t('move')}</Menu.Label>
                        {slots
                          .filter((s) => props.columns[s.column]?.date === props.columns[a.column]?.date)
                          .map((s) => (
                            <Menu.Item key={`${s.column}@${s.start}`} onClick={() => props.onMove(a, s)}>
                              {t('moveTo', { time: clock(s.start), column: props.columns[s.column]?.label ?? '' })}
                            </Menu.Item>
                          ))}
                      </Menu.Dropdown>
                    </Menu>
                  )}
                </li>
              ))}
          </ul>
        ))}
      </div>
    </section>
  );
}
