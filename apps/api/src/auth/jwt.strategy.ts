import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import type { AuthUser } from '../common/auth-user';
import { AppConfig } from '../config/app-config';
import { AuthService, type AccessTokenPayload } from './auth.service';

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    config: AppConfig,
    private readonly auth: AuthService,
  ) {
    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: config.jwtSecret!, algorithms: ['HS256'] });
  }

  /** Returning null makes passport answer 401. */
  validate(payload: AccessTokenPayload): Promise<AuthUser | null> {
    return this.auth.resolve(payload);
  }
}
