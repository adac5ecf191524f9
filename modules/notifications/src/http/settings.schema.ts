// Request and response shapes of /notifications/settings and /notifications/preferences (house rule 8):
// the contracts' own schemas, which the use-cases return.
export {
  preferencesBody,
  preferencesSchema,
  settingsBody,
  settingsSchema,
} from '../contracts/notification';
