import type { ProblemTitles } from '@nexova/module';

// Spanish and Brazilian Portuguese problem titles for tenancy's error codes
// (registered by the composition root from tenancyModule.titles).
export const tenancyTitles: ProblemTitles = {
  slug_taken: { es: 'El identificador ya está en uso', 'pt-BR': 'O identificador já está em uso' },
  member_outranks_you: {
    es: 'El miembro tiene más permisos que usted',
    'pt-BR': 'O membro tem mais permissões que você',
  },
  last_owner: { es: 'Se necesita al menos un propietario', 'pt-BR': 'É preciso pelo menos um proprietário' },
  system_role: { es: 'Los roles del sistema no se editan', 'pt-BR': 'Papéis do sistema não são editáveis' },
  role_in_use: { es: 'El rol está en uso', 'pt-BR': 'O papel está em uso' },
  owner_required: {
    es: 'Solo un propietario puede hacer esto',
    'pt-BR': 'Somente um proprietário pode fazer isso',
  },
  invitation_not_grantable: {
    es: 'Quien te invitó ya no puede otorgar este rol',
    'pt-BR': 'Quem convidou você não pode mais conceder este papel',
  },
  role_name_taken: { es: 'Ya existe un rol con ese nombre', 'pt-BR': 'Já existe um papel com esse nome' },
};
