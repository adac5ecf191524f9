import { type AppContext, withTransaction } from '@nexova/db';
import type { PersonConsents } from '../contracts/consent';
import { currentConsents, historyOf, toConsent, toConsentRecord } from '../db/consent-store';
import { mustFindPerson } from './must-find-person';

export type GetPersonConsentsInput = { personId: string };

// A person's consents: the current decision per purpose and every decision recorded, newest first.
export async function getPersonConsents({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: GetPersonConsentsInput;
}): Promise<PersonConsents> {
  return withTransaction(ctx, async (t) => {
    await mustFindPerson(t, input.personId);
    return {
      person_id: input.personId,
      current: (await currentConsents(t, input.personId)).map(toConsent),
      history: (await historyOf(t, input.personId)).map(toConsentRecord),
    };
  });
}
