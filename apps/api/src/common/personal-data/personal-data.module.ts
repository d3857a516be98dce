import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { PersonalDataRegistry } from './personal-data.registry.js';

/**
 * The registry of personal data. Features provide their contributor (`@PersonalDataContributor()`)
 * in their own module; the registry finds them all when the app starts.
 */
@Global()
@Module({ imports: [DiscoveryModule], providers: [PersonalDataRegistry], exports: [PersonalDataRegistry] })
export class PersonalDataModule {}
