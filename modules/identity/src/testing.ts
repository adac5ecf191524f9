// @nexova/identity/testing — helpers for tests and soak runs only: read the mail the embedded
// mailer writes (.eml files under NEXOVA_DATA_DIR/mail) and the token its link carries.
export { latestMailTo, subjectOf, tokenFromMail, waitForMailTo } from './mail/read-mail';
