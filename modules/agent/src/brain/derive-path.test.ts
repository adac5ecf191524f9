import { describe, expect, it } from 'vitest';
import { pathTo } from '../domain/session-machine';
import { derivePath } from './derive-path';
import { historyMessages } from './llm-brain';
import { systemPrompt } from './system-prompt';

const order = (id: string) => ({ order_id: id });

describe('the session path of a model turn, read off the tools that succeeded', () => {
  it('walks the guarded machine between the states the tools imply', () => {
    expect(pathTo('idle', 'needs_details')).toEqual(['collecting_order', 'needs_details']);
    expect(pathTo('needs_details', 'done')).toEqual(['awaiting_confirmation', 'executing', 'done']);
    expect(pathTo('done', 'needs_details')).toEqual(['collecting_order', 'needs_details']);
    expect(pathTo('handoff', 'needs_details')).toEqual(['idle', 'collecting_order', 'needs_details']);
    expect(pathTo('idle', 'idle')).toEqual([]);
  });

  it('a draft, its details and the confirmation request: awaiting confirmation with the draft', () => {
    const calls = [
      { tool: 'list_products', output: { products: [] } },
      { tool: 'create_order_draft', output: order('o-1') },
      { tool: 'set_delivery_details', output: order('o-1') },
      { tool: 'request_confirmation', output: order('o-1') },
    ];
    expect(derivePath('idle', null, calls)).toEqual({
      path: ['collecting_order', 'needs_details', 'awaiting_confirmation'],
      draftOrderId: 'o-1',
    });
  });

  it('confirm_order ends the order: done, no draft; an item after it reopens details', () => {
    expect(derivePath('awaiting_confirmation', 'o-1', [{ tool: 'confirm_order', output: order('o-1') }])).toEqual({
      path: ['executing', 'done'],
      draftOrderId: null,
    });
    expect(
      derivePath('awaiting_confirmation', 'o-1', [{ tool: 'add_item_to_draft', output: order('o-1') }]).path,
    ).toEqual(['needs_details']);
  });

  it('a handoff ends the path; tools that change nothing leave the session where it is', () => {
    expect(
      derivePath('needs_details', 'o-1', [
        { tool: 'request_human_handoff', output: { handoff_requested: true } },
        { tool: 'confirm_order', output: order('o-1') },
      ]),
    ).toEqual({ path: ['handoff'], draftOrderId: 'o-1' });
    expect(derivePath('idle', null, [{ tool: 'get_customer_context', output: {} }]).path).toEqual([]);
  });
});

describe('the model prompt', () => {
  it('is written in the conversation locale with the shop, its rules, the state and the draft', () => {
    const pt = systemPrompt({
      locale: 'pt-BR',
      workspaceName: 'Loja da Bia',
      state: 'needs_details',
      draftOrderId: 'o-9',
    });
    expect(pt).toContain('"Loja da Bia"');
    expect(pt).toContain('Nunca invente');
    expect(pt).toContain('request_human_handoff');
    expect(pt).toContain('o-9');
    expect(systemPrompt({ locale: 'en', workspaceName: 'X', state: 'idle', draftOrderId: null })).toContain(
      'Call confirm_order only after the customer says yes',
    );
  });

  it('turns the history into alternating turns that open with the customer', () => {
    expect(
      historyMessages(
        [
          { from: 'shop', text: 'Welcome!' },
          { from: 'customer', text: 'hi' },
          { from: 'customer', text: 'coffee?' },
          { from: 'shop', text: 'We have coffee.' },
        ],
        '2 please',
      ),
    ).toEqual([
      { role: 'user', text: 'hi\ncoffee?' },
      { role: 'assistant', text: 'We have coffee.' },
      { role: 'user', text: '2 please' },
    ]);
  });
});
