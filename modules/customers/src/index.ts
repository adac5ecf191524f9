// @nexova/customers — the customer book: CRUD, search, phone identity (WhatsApp variants), merge (issue 6).
export { type CustomerAddress, customerAddressSchema } from './contracts/address';
export {
  type Customer,
  type CustomerDetail,
  type CustomerNote,
  customerDetailSchema,
  customerSchema,
} from './contracts/customer';
export {
  type DocumentInput,
  documentInputSchema,
  documentTypeSchema,
  type PersonDocument,
  personDocumentSchema,
} from './contracts/document';
export * from './contracts/events/customer-events.v1';
export { type Person, personSchema } from './contracts/person';
export {
  DOCUMENT_TYPES,
  type DocumentType,
  isValidDocument,
  normaliseDocument,
  parseDocument,
} from './domain/documents/identity-document';
export { type NormalisedPhone, normalisePhone } from './domain/phone';
export { customerPermissions as permissions } from './http/permissions';
export { customersModule } from './module';
export { type AddCustomerAddressInput, addCustomerAddress } from './use-cases/add-customer-address';
export { type AddCustomerNoteInput, addCustomerNote } from './use-cases/add-customer-note';
export { type AddPersonDocumentInput, addPersonDocument } from './use-cases/add-person-document';
export { type CreateCustomerInput, createCustomer } from './use-cases/create-customer';
export { type DeleteCustomerInput, deleteCustomer } from './use-cases/delete-customer';
export { type DeleteCustomerAddressInput, deleteCustomerAddress } from './use-cases/delete-customer-address';
export { type ErasePersonInput, erasePerson, pseudonymOf } from './use-cases/erase-person';
export { type FindCustomerByPhoneInput, findCustomerByPhone } from './use-cases/find-customer-by-phone';
export { type FindPersonByDocumentInput, findPersonByDocument } from './use-cases/find-person-by-document';
export { type FindPersonIdsInput, findPersonIds } from './use-cases/find-person-ids';
export { type GetCustomerInput, getCustomer } from './use-cases/get-customer';
export { type GetCustomerAddressInput, getCustomerAddress } from './use-cases/get-customer-address';
export {
  type GetDefaultCustomerAddressInput,
  getDefaultCustomerAddress,
} from './use-cases/get-default-customer-address';
export { type GetPeopleInput, getPeople } from './use-cases/get-people';
export { type ListCustomersInput, listCustomers } from './use-cases/list-customers';
export { type ListPersonDocumentsInput, listPersonDocuments } from './use-cases/list-person-documents';
export { type MergeCustomersInput, mergeCustomers } from './use-cases/merge-customers';
export { type RemovePersonDocumentInput, removePersonDocument } from './use-cases/remove-person-document';
export { type SealClearPeopleInput, type SealClearPeopleResult, sealClearPeople } from './use-cases/seal-clear-people';
export { seedDemoCustomers } from './use-cases/seed-demo-customers';
export { type UpdateCustomerInput, updateCustomer } from './use-cases/update-customer';
export { type UpdateCustomerAddressInput, updateCustomerAddress } from './use-cases/update-customer-address';
