import { registerTitles } from '@nexova/http';

// Spanish and Brazilian Portuguese problem titles for identity's error codes.
registerTitles({
  email_taken: { es: 'El email ya tiene una cuenta', 'pt-BR': 'O e-mail já tem uma conta' },
  invalid_credentials: { es: 'Email o contraseña incorrectos', 'pt-BR': 'E-mail ou senha incorretos' },
  invalid_refresh_token: { es: 'Sesión no válida o vencida', 'pt-BR': 'Sessão inválida ou expirada' },
});
