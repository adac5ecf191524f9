import type { ProblemTitles } from '@nexova/module';

// Spanish and Brazilian Portuguese problem titles for identity's error codes
// (registered by the composition root from identityModule.titles).
export const identityTitles: ProblemTitles = {
  email_taken: { es: 'El email ya tiene una cuenta', 'pt-BR': 'O e-mail já tem uma conta' },
  invalid_credentials: { es: 'Email o contraseña incorrectos', 'pt-BR': 'E-mail ou senha incorretos' },
  invalid_refresh_token: { es: 'Sesión no válida o vencida', 'pt-BR': 'Sessão inválida ou expirada' },
  // Grant rules shared by roles, members, invitations and API keys (@nexova/http grant-rules).
  permission_not_held: {
    es: 'No puedes otorgar permisos que no tienes',
    'pt-BR': 'Você não pode conceder permissões que não tem',
  },
  unknown_permission: { es: 'Permiso desconocido', 'pt-BR': 'Permissão desconhecida' },
};
