import { type FormEvent, useState } from 'react';
import { fieldErrors, problemText } from '../../api/problem-text';

/**
 * A form's submit: its fields as strings, busy while the call runs, and on failure the API's problem
 * (its detail for an alert, its field errors by name to show next to each field).
 */
export function useSubmit(action: (fields: Record<string, string>) => Promise<void>) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = Object.fromEntries(
      [...new FormData(event.currentTarget).entries()].map(([k, v]) => [k, typeof v === 'string' ? v : '']),
    );
    setBusy(true);
    setProblem(null);
    setFields({});
    try {
      await action(values);
    } catch (error) {
      setProblem(problemText(error));
      setFields(fieldErrors(error));
    } finally {
      setBusy(false);
    }
  }
  return { busy, problem, fields, onSubmit };
}
