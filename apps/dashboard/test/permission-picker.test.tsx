// @vitest-environment happy-dom
import { MantineProvider } from '@mantine/core';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { i18n } from '../src/i18n';
import { registerMessages } from '../src/screens/messages';
import { messages } from '../src/screens/settings/messages';
import { PermissionPicker } from '../src/screens/settings/PermissionPicker';
import { type PermissionInfo, toggle } from '../src/screens/settings/permission-grants';

const CATALOG: PermissionInfo[] = [
  { name: 'orders:read', description: 'See orders.' },
  { name: 'orders:write', description: 'Place and edit orders.' },
  { name: 'orders:transition', description: 'Ship, deliver, cancel.' },
  { name: 'products:read', description: 'See products.' },
  { name: 'products:write', description: 'Edit products.' },
];

/** The picker as a role editor holds it: the grants in state, the last change readable. */
function Harness({ initial, held, catalog }: { initial: string[]; held: string[]; catalog: PermissionInfo[] }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <PermissionPicker catalog={catalog} value={value} onChange={setValue} held={held} />
      <output data-testid="value">{value.join(',')}</output>
    </>
  );
}

function show(initial: string[], held: string[], catalog = CATALOG) {
  return render(
    <I18nextProvider i18n={i18n}>
      <MantineProvider>
        <Harness initial={initial} held={held} catalog={catalog} />
      </MantineProvider>
    </I18nextProvider>,
  );
}

const box = (name: RegExp | string) => screen.getByRole('checkbox', { name }) as HTMLInputElement;
const value = () => screen.getByTestId('value').textContent;
const area = (name: string) => document.querySelector(`fieldset[data-area="${name}"]`) as HTMLElement;

beforeAll(async () => {
  registerMessages('settings', messages);
  await i18n.changeLanguage('en');
});
afterEach(cleanup);

describe('PermissionPicker', () => {
  it('groups permissions by area, each area with its wildcard, and says what the role grants', () => {
    show(['orders:read'], ['*']);
    expect([...document.querySelectorAll('fieldset legend')].map((l) => l.textContent)).toEqual(['orders', 'products']);
    expect(within(area('orders')).getAllByRole('checkbox')).toHaveLength(4); // orders:* and three
    expect(box('orders:read').checked).toBe(true);
    expect(box('orders:write').checked).toBe(false);
    expect(screen.getByText('Grants 1 of 5 permissions:')).toBeTruthy();

    fireEvent.click(box('products:write'));
    expect(value()).toBe('orders:read,products:write');
    expect(screen.getByText('Grants 2 of 5 permissions:')).toBeTruthy();
  });

  it('an area wildcard replaces its single grants and covers them (shown included, not editable)', () => {
    show(['orders:read', 'orders:write', 'products:read'], ['*']);
    fireEvent.click(box(/All of orders/));
    expect(value()).toBe('orders:*,products:read');
    for (const name of ['orders:read', 'orders:write', 'orders:transition']) {
      expect(box(name).checked).toBe(true);
      expect(box(name).disabled).toBe(true);
    }
    expect(within(area('orders')).getAllByText('Included in orders:*')).toHaveLength(3);
    expect(screen.getByText('Grants 4 of 5 permissions:')).toBeTruthy();
    // Turned off again: nothing of the area is left.
    fireEvent.click(box(/All of orders/));
    expect(value()).toBe('products:read');
  });

  it('`*` covers everything', () => {
    show(['*'], ['*']);
    expect(box('Everything (*)').checked).toBe(true);
    expect(CATALOG.every((p) => box(p.name).checked && box(p.name).disabled)).toBe(true);
    expect(screen.getByText('Grants 5 of 5 permissions:')).toBeTruthy();
  });

  it('disables, with the reason, what the member does not hold: no more than they have', () => {
    show([], ['orders:read', 'orders:write', 'products:*']);
    expect(box('orders:read').disabled).toBe(false);
    expect(box('orders:transition').disabled).toBe(true);
    expect(screen.getByText('Your role does not hold orders:transition, so you cannot grant it.')).toBeTruthy();
    // Holding each of today's orders permissions is not holding orders:* (it reaches future ones too).
    expect(box(/All of orders/).disabled).toBe(true);
    expect(box(/All of products/).disabled).toBe(false);
    expect(box('Everything (*)').disabled).toBe(true);
    fireEvent.click(box(/All of products/));
    expect(value()).toBe('products:*');
  });

  it('speaks the page language', async () => {
    await i18n.changeLanguage('pt-BR');
    show(['orders:*'], ['*']);
    expect(screen.getByText('Concede 3 de 5 permissões:')).toBeTruthy();
    expect(screen.getAllByText('Incluída em orders:*')).toHaveLength(3);
    await i18n.changeLanguage('en');
  });

  it("describes each permission in the page language; one it has no words for keeps the API's text", async () => {
    // A permission a newer server added, which this dashboard does not know yet.
    const catalog = [...CATALOG, { name: 'loyalty:read', description: 'See loyalty points.' }];
    await i18n.changeLanguage('es');
    show([], ['*'], catalog);
    expect(screen.getByText('Confirmar, cancelar, enviar y entregar pedidos.')).toBeTruthy();
    expect(screen.getByText('Ver productos, variantes, categorías e importaciones.')).toBeTruthy();
    expect(screen.queryByText('Ship, deliver, cancel.')).toBeNull();
    expect(screen.getByText('See loyalty points.')).toBeTruthy();
    cleanup();
    await i18n.changeLanguage('pt-BR');
    show([], ['*'], catalog);
    expect(screen.getByText('Confirmar, cancelar, enviar e entregar pedidos.')).toBeTruthy();
    expect(screen.getByText('See loyalty points.')).toBeTruthy();
    await i18n.changeLanguage('en');
  });
});

describe('toggle', () => {
  it('keeps grants sorted and unique', () => {
    expect(toggle(['b:x', 'a:y'], 'a:z', true)).toEqual(['a:y', 'a:z', 'b:x']);
    expect(toggle(['a:y'], 'a:y', true)).toEqual(['a:y']);
    expect(toggle(['a:y', 'a:*'], 'a:*', false)).toEqual(['a:y']);
  });
});
