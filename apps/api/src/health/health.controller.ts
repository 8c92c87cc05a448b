import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags, type SchemaObject } from '@nestjs/swagger';
import { HealthCheck, HealthCheckResult, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '../common/decorators';

/** Terminus's own schema leaves the statuses unbounded; these are the values it sends. */
const indicators: SchemaObject = {
  type: 'object',
  nullable: true,
  example: { database: { status: 'up' } },
  additionalProperties: {
    type: 'object',
    required: ['status'],
    properties: { status: { type: 'string', enum: ['up', 'down'] }, message: { type: 'string', maxLength: 2000 } },
  },
};
const healthSchema = (status: 'ok' | 'error'): SchemaObject => ({
  type: 'object',
  properties: {
    status: { type: 'string', enum: ['ok', 'error', 'shutting_down'], example: status },
    info: indicators,
    error: indicators,
    details: indicators,
  },
});

@ApiTags('health')
@Controller('api/health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
  ) {}

  /** 200 when the API and its database answer; 503 otherwise. */
  @Public()
  @Get()
  @HealthCheck({ swaggerDocumentation: false })
  @ApiOkResponse({ description: 'The API and its database answer', schema: healthSchema('ok') })
  @ApiServiceUnavailableResponse({ description: 'The database does not answer', schema: healthSchema('error') })
  check(): Promise<HealthCheckResult> {
    return this.health.check([() => this.db.pingCheck('database', { timeout: 3000 })]);
  }
}
