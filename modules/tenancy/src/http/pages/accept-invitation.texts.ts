import type { Locale } from '@nexova/http';

// The words of the /accept-invitation page in es, pt-BR and en.
type Key =
  | 'title'
  | 'invited'
  | 'create'
  | 'firstName'
  | 'lastName'
  | 'password'
  | 'submit'
  | 'hasAccount'
  | 'joined'
  | 'invalid'
  | 'rejected';

export const texts: Record<Locale, Record<Key, string>> = {
  en: {
    title: 'Join a workspace',
    invited: 'You are invited to {workspace} as {role} ({email}).',
    create: 'Create your account to accept:',
    firstName: 'First name',
    lastName: 'Last name',
    password: 'Password',
    submit: 'Create account and join',
    hasAccount:
      'You already have an account with this email. Sign in with it and accept the invitation from the app (POST /api/v1/invitations/accept with this token).',
    joined: 'Done: you are now a member of {workspace}. Sign in with your email and password.',
    invalid: 'This invitation is invalid, already used, withdrawn or expired. Ask for a new one.',
    rejected: 'Could not accept:',
  },
  es: {
    title: 'Únete a un espacio de trabajo',
    invited: 'Te invitaron a {workspace} como {role} ({email}).',
    create: 'Crea tu cuenta para aceptar:',
    firstName: 'Nombre',
    lastName: 'Apellido',
    password: 'Contraseña',
    submit: 'Crear cuenta y unirme',
    hasAccount:
      'Ya tienes una cuenta con este correo. Inicia sesión con ella y acepta la invitación desde la aplicación (POST /api/v1/invitations/accept con este token).',
    joined: 'Listo: ya eres miembro de {workspace}. Inicia sesión con tu correo y contraseña.',
    invalid: 'Esta invitación no es válida, ya se usó, se retiró o expiró. Pide una nueva.',
    rejected: 'No se pudo aceptar:',
  },
  'pt-BR': {
    title: 'Participe de um espaço de trabalho',
    invited: 'Você foi convidado para {workspace} como {role} ({email}).',
    create: 'Crie sua conta para aceitar:',
    firstName: 'Nome',
    lastName: 'Sobrenome',
    password: 'Senha',
    submit: 'Criar conta e participar',
    hasAccount:
      'Você já tem uma conta com este e-mail. Entre com ela e aceite o convite pelo aplicativo (POST /api/v1/invitations/accept com este token).',
    joined: 'Pronto: agora você é membro de {workspace}. Entre com seu e-mail e senha.',
    invalid: 'Este convite é inválido, já foi usado, retirado ou expirou. Peça um novo.',
    rejected: 'Não foi possível aceitar:',
  },
};

/** A text with `{name}` placeholders filled (the result is plain text: the page escapes it). */
export const fill = (text: string, values: Record<string, string>) =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
