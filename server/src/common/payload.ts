import { Field, Float, ObjectType } from 'type-graphql';

/**
 * What every mutation payload says besides its object: the project's change number of the write,
 * which the events it caused carry too, so the client that made it recognises their echo.
 * Filled in by the composition root on each payload type's field.
 */
@ObjectType()
export abstract class MutationPayload {
  @Field(() => Float, { nullable: true, description: "The project's change number of this write (null when nothing was written); its events carry the same number" })
  changeNumber?: number | null;
}
