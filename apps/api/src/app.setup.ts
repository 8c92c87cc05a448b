import { INestApplication, RequestMethod } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { setupBodyParsing } from './common/http/body-parsing';
import { precompressedAssets } from './common/http/static-assets';
import { ProblemDetailsFilter } from './common/http/problem-details.filter';
import { InputHygienePipe } from './common/http/input-hygiene.pipe';
import { buildOpenApiDocument } from './common/http/openapi';
import { createValidationPipe } from './common/http/validation';
import { AppConfig } from './config/app-config';

/** Everything main.ts and the tests both need, so that tests run the same app users get. */
export function setupApp(app: INestApplication): INestApplication {
  const config = app.get(AppConfig);
  const express = app as NestExpressApplication;
  // X-Forwarded-For names the client only when it comes from a proxy the configuration trusts (TRUST_PROXY).
  express.set('trust proxy', config.trustProxySetting);
  express.disable('x-powered-by');
  setupRoutes(app);
  // The console's precompressed files (.br / .gz written by its build), picked before express.static serves them.
  app.use(precompressedAssets(config.adminDist));
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // MUI (emotion) and Swagger UI inject style elements.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          // Only behind https: on plain http (localhost) it would break every request.
          upgradeInsecureRequests: config.cookieSecure ? [] : null,
        },
      },
      strictTransportSecurity: config.cookieSecure,
    }),
  );
  app.use(cookieParser());
  setupBodyParsing(express);
  const origins = new Set([new URL(config.baseUrl).origin, ...config.corsOrigins]);
  if (config.nodeEnv === 'development') origins.add('http://localhost:4200');
  app.enableCors({ origin: [...origins], credentials: true });
  app.useGlobalPipes(new InputHygienePipe(), createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.enableShutdownHooks();

  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app), { jsonDocumentUrl: 'api/docs-json' });
  return app;
}

/** The routes' prefix; also used to build the OpenAPI document without a server (openapi.cli.ts). */
export function setupRoutes(app: INestApplication): void {
  // /api/health lives outside v1: load balancers should not follow API versions. The certificate issuer's
  // profile and key stay at one address for as long as the credentials that point at it.
  app.setGlobalPrefix('api/v1', {
    exclude: [
      { path: 'api/health', method: RequestMethod.GET },
      { path: '.well-known/dost-issuer.json', method: RequestMethod.GET },
    ],
  });
}
