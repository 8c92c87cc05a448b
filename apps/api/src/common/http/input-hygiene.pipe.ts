import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { ApiProblem } from './api-problem';

/**
 * Runs before the ValidationPipe on every body, query and path parameter: refuses what no DTO rule is meant
 * to see. A body that is not a JSON object (an array where the route takes an object) is named `body`.
 */
@Injectable()
export class InputHygienePipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'body' && value !== undefined && metadata.metatype !== Array) {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) throw ApiProblem.validation([{ field: 'body', code: 'jsonObject' }]);
    }
    return value;
  }
}
