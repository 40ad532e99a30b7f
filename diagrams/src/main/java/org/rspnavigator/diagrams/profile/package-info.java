/**
 * The actor–transaction diagram of an IHE profile ({@link
 * org.rspnavigator.diagrams.profile.ProfileDiagram}), made in four steps, one class each:
 * {@code ActorGraph} turns the profile into boxes, pairs of actors with the transactions between
 * them, and stubs; {@code GridLayout} sizes the boxes ({@code BoxSize}), chooses the grid by
 * simulated annealing ({@code GridAnnealing}) and sizes the gaps; {@code LabelPlacement} points
 * the stubs and places the labels, and says where they are still crowded so that the gaps can be
 * widened; {@code DiagramSvg} writes the markup and the text alternative. {@code Geometry} holds
 * the segment and rectangle arithmetic they share.
 */
package org.rspnavigator.diagrams.profile;
