import { defineConsumer, defineEvent, defineReadModel } from '@nexova/events';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { composeModules } from './compose-modules';
import { defineModule, eventsIn } from './define-module';

const happened = defineEvent({
  type: 'probe.thing.happened',
  version: 1,
  aggregate: 'thing',
  description: 'A probe event (tests only).',
  payload: z.object({ n: z.number() }),
});
const consumerNamed = (name: string) => defineConsumer({ name, events: [happened], handle: async () => {} });

describe('composeModules', () => {
  it('reads routes, seeds and workers in module order, consumers and events sorted', () => {
    const plugin = async () => {};
    const composed = composeModules([
      defineModule({
        name: 'b',
        routes: [{ name: 'b', plugin }],
        consumers: [consumerNamed('b.z')],
        seed: async () => ['b'],
      }),
      defineModule({
        name: 'a',
        routes: [{ name: 'a', plugin, prefix: '' }],
        consumers: [consumerNamed('a.y')],
        events: [happened],
      }),
    ]);
    expect(composed.routes.map((r) => r.name)).toEqual(['b', 'a']);
    expect(composed.consumers.map((c) => c.name)).toEqual(['a.y', 'b.z']);
    expect(composed.seeds.map((s) => s.name)).toEqual(['b']);
    expect(composed.events).toEqual([happened]);
  });

  it('refuses two consumers with one name (they would share a checkpoint)', () => {
    expect(() =>
      composeModules([
        defineModule({ name: 'a', consumers: [consumerNamed('same')] }),
        defineModule({ name: 'b', consumers: [consumerNamed('same')] }),
      ]),
    ).toThrow('Consumer same is defined twice.');
  });

  it('refuses a module listed twice and two contracts for one event version', () => {
    expect(() => composeModules([defineModule({ name: 'a' }), defineModule({ name: 'a' })])).toThrow(
      'Module a is listed twice.',
    );
    const copy = { ...happened };
    expect(() =>
      composeModules([defineModule({ name: 'a', events: [happened] }), defineModule({ name: 'b', events: [copy] })]),
    ).toThrow('Event probe.thing.happened.v1 is defined twice.');
  });

  it('gives every-event consumers the whole catalogue', () => {
    let seen: string[] = [];
    composeModules([
      defineModule({ name: 'a', events: [happened] }),
      defineModule({
        name: 'w',
        everyEventConsumers: (all) => {
          seen = all.map((e) => e.type);
          return [consumerNamed('w.all')];
        },
      }),
    ]);
    expect(seen).toEqual(['probe.thing.happened']);
  });

  it('lists read models whose consumers are composed; refuses one fed by a consumer no module runs', () => {
    const feeder = consumerNamed('a.feeder');
    const model = defineReadModel({ name: 'probe', consumers: [feeder], reset: async () => {} });
    expect(composeModules([defineModule({ name: 'a', consumers: [feeder], readModels: [model] })]).readModels).toEqual([
      model,
    ]);
    expect(() => composeModules([defineModule({ name: 'a', readModels: [model] })])).toThrow(
      'Read model probe: consumer a.feeder is not composed.',
    );
    expect(() =>
      composeModules([defineModule({ name: 'a', consumers: [feeder], readModels: [model, { ...model }] })]),
    ).toThrow('Read model probe is defined twice.');
  });

  it('eventsIn picks the event contracts among a contracts file exports', () => {
    expect(eventsIn({ happened, schema: z.string(), NAME: 'x' })).toEqual([happened]);
  });

  it('defineModule refuses a name that is not lower case', () => {
    expect(() => defineModule({ name: 'Orders' })).toThrow(/lower case/);
  });
});
