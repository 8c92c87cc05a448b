import { Injectable } from '@nestjs/common';
import { ApiProblem } from '../http/api-problem';
import { RateLimitRepository } from './rate-limit.repository';

export interface Limit {
  key: string;
  max: number;
  windowSeconds: number;
}

@Injectable()
export class RateLimitService {
  constructor(private readonly buckets: RateLimitRepository) {}

  /** Throws 429 (with Retry-After) when any of the limits is already used up; counts nothing. */
  async assertNotExceeded(limits: Limit[]): Promise<void> {
    for (const limit of limits) {
      const state = await this.buckets.peek(limit.key, limit.windowSeconds);
      if (state.hits >= limit.max) throw ApiProblem.tooManyRequests(state.resetsIn);
    }
  }

  /** Counts one hit against each limit; throws 429 when this hit goes over one of them. */
  async consume(limits: Limit[]): Promise<void> {
    let retryAfter = 0;
    for (const limit of limits) {
      const state = await this.buckets.hit(limit.key, limit.windowSeconds);
      if (state.hits > limit.max) retryAfter = Math.max(retryAfter, state.resetsIn);
    }
    if (retryAfter > 0) throw ApiProblem.tooManyRequests(retryAfter);
  }

  async record(limits: Limit[]): Promise<void> {
    for (const limit of limits) await this.buckets.hit(limit.key, limit.windowSeconds);
  }

  async reset(key: string): Promise<void> {
    await this.buckets.clear(key);
  }
}
