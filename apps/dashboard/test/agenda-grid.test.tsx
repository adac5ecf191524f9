// @vitest-environment happy-dom
import { MantineProvider } from '@mantine/core';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { i18n } from '../src/i18n';
import {
  AgendaGrid,
  type AgendaGridProps,
  type GridAppointment,
  type GridSlot,
} from '../src/screens/agenda/AgendaGrid';
import { instantAt, zoned } from '../src/screens/clinic-kit/time';

const A = 'prof-a';
const B = 'prof-b';
const ROOM = 'room-1';
const DAY = '2026-03-02';

const appointment = (id: string, startsAt: string, minutes: number, professional = A): GridAppointment => ({
  id,
  starts_at: startsAt,
  ends_at: new Date(Date.parse(startsAt) + minutes * 60_000).toISOString(),
  status: 'booked',
  professional_id: professional,
  resource_id: ROOM,
  patient: `Patient ${id}`,
  movable: true,
});
const slot = (startsAt: string, professional: string): GridSlot => ({
  starts_at: startsAt,
  ends_at: new Date(Date.parse(startsAt) + 30 * 60_000).toISOString(),
  professional_id: professional,
  resource_id: ROOM,
});

function show(overrides: Partial<AgendaGridProps> = {}) {
  const props: AgendaGridProps = {
    label: 'Monday',
    columns: [
      { key: A, label: 'Dra. Helena', date: DAY, ownerId: A },
      { key: B, label: 'Dr. Marcos', date: DAY, ownerId: B },
    ],
    by: 'professional',
    timezone: 'America/Sao_Paulo',
    appointments: [],
    slots: [],
    canWrite: true,
    onBook: vi.fn(),
    onOpen: vi.fn(),
    onMove: vi.fn(),
    ...overrides,
  };
  render(
    <I18nextProvider i18n={i18n}>
      <MantineProvider env="test">
        <AgendaGrid {...props} />
      </MantineProvider>
    </I18nextProvider>,
  );
  return props;
}

const column = (name: string) => screen.getByRole('list', { name });

beforeAll(async () => {
  await i18n.changeLanguage('en');
});
afterEach(cleanup);

describe('the time zone helpers', () => {
  it('turn a local day and time into the instant and back, across a zone with DST', () => {
    expect(instantAt('2026-03-02', 9 * 60, 'America/Sao_Paulo').toISOString()).toBe('2026-03-02T12:00:00.000Z');
    expect(zoned('2026-03-02T12:00:00.000Z', 'Asia/Tokyo')).toEqual({ date: '2026-03-02', minutes: 21 * 60 });
    // Madrid: 09:00 is UTC+1 in winter and UTC+2 after the last Sunday of March.
    expect(instantAt('2026-03-27', 9 * 60, 'Europe/Madrid').toISOString()).toBe('2026-03-27T08:00:00.000Z');
    expect(instantAt('2026-03-30', 9 * 60, 'Europe/Madrid').toISOString()).toBe('2026-03-30T07:00:00.000Z');
  });
});

describe('AgendaGrid', () => {
  it('places appointments and free slots in their column and row by local time in the workspace zone', () => {
    show({
      appointments: [
        appointment('1', '2026-03-02T12:00:00.000Z', 45), // 09:00 in São Paulo
        appointment('2', '2026-03-03T12:00:00.000Z', 30), // the next day: not on this grid
      ],
      slots: [slot('2026-03-02T13:00:00.000Z', B), slot('2026-03-02T13:00:00.000Z', B)], // 10:00, twice (two rooms)
    });
    const helena = column('Dra. Helena');
    const booked = within(helena).getByRole('button', { name: '09:00 Patient 1, Booked' });
    // Rows of 15 minutes from 07:00: 09:00 is row 9, and 45 minutes span 3 rows.
    const cell = booked.closest('li') as HTMLElement;
    expect(cell.getAttribute('data-row')).toBe('9');
    expect(cell.style.gridRow).toBe('9 / span 3');
    expect(screen.queryByRole('button', { name: /Patient 2/ })).toBeNull();
    const marcos = column('Dr. Marcos');
    const free = within(marcos).getAllByRole('button', { name: /^Free slot/ });
    expect(free.map((b) => b.getAttribute('aria-label'))).toEqual(['Free slot 10:00, Dr. Marcos — book it']);
    expect(free[0]!.closest('li')!.getAttribute('data-row')).toBe('13');
    expect(within(helena).queryAllByRole('button', { name: /^Free slot/ })).toEqual([]);
  });

  it('shows the same instant at the local time of another zone', () => {
    show({ timezone: 'Asia/Tokyo', appointments: [appointment('1', '2026-03-02T12:00:00.000Z', 30)] });
    const booked = within(column('Dra. Helena')).getByRole('button', { name: '21:00 Patient 1, Booked' });
    expect(booked.closest('li')!.getAttribute('data-row')).toBe(String((21 - 7) * 4 + 1));
  });

  it('books a free slot when it is pressed, and not when the role cannot write', () => {
    const props = show({ slots: [slot('2026-03-02T13:00:00.000Z', A)] });
    fireEvent.click(screen.getByRole('button', { name: 'Free slot 10:00, Dra. Helena — book it' }));
    expect(props.onBook).toHaveBeenCalledWith(expect.objectContaining({ starts_at: '2026-03-02T13:00:00.000Z' }));
    cleanup();
    const readOnly = show({ canWrite: false, slots: [slot('2026-03-02T13:00:00.000Z', A)] });
    const button = screen.getByRole('button', { name: 'Free slot 10:00, Dra. Helena — book it' });
    expect(button.hasAttribute('disabled')).toBe(true);
    fireEvent.click(button);
    expect(readOnly.onBook).not.toHaveBeenCalled();
  });

  it('moves an appointment with the keyboard: Alt+↓ to the next free slot of its column, Alt+↑ to the previous one', () => {
    const props = show({
      appointments: [appointment('1', '2026-03-02T12:00:00.000Z', 30)],
      slots: [
        slot('2026-03-02T11:00:00.000Z', A), // 08:00
        slot('2026-03-02T14:00:00.000Z', A), // 11:00
        slot('2026-03-02T12:30:00.000Z', B), // another column: never the target
      ],
    });
    const booked = screen.getByRole('button', { name: '09:00 Patient 1, Booked' });
    fireEvent.keyDown(booked, { key: 'ArrowDown', altKey: true });
    expect(props.onMove).toHaveBeenLastCalledWith(
      expect.objectContaining({ id: '1' }),
      expect.objectContaining({ starts_at: '2026-03-02T14:00:00.000Z', professional_id: A }),
    );
    fireEvent.keyDown(booked, { key: 'ArrowUp', altKey: true });
    expect(props.onMove).toHaveBeenLastCalledWith(
      expect.objectContaining({ id: '1' }),
      expect.objectContaining({ starts_at: '2026-03-02T11:00:00.000Z' }),
    );
    fireEvent.keyDown(booked, { key: 'ArrowDown' }); // without Alt: the page scrolls, nothing moves
    expect(props.onMove).toHaveBeenCalledTimes(2);
  });

  it('offers "Move to…" every free slot of the day, in any column', () => {
    const props = show({
      appointments: [appointment('1', '2026-03-02T12:00:00.000Z', 30)],
      slots: [slot('2026-03-02T12:30:00.000Z', B)],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Move to… Patient 1' }));
    fireEvent.click(screen.getByRole('menuitem', { name: 'Move to 09:30, Dr. Marcos' }));
    expect(props.onMove).toHaveBeenCalledWith(
      expect.objectContaining({ id: '1' }),
      expect.objectContaining({ professional_id: B, starts_at: '2026-03-02T12:30:00.000Z' }),
    );
  });

  it('opens an appointment when it is pressed', () => {
    const props = show({ appointments: [appointment('1', '2026-03-02T12:00:00.000Z', 30)] });
    fireEvent.click(screen.getByRole('button', { name: '09:00 Patient 1, Booked' }));
    expect(props.onOpen).toHaveBeenCalledWith(expect.objectContaining({ id: '1' }));
  });
});
