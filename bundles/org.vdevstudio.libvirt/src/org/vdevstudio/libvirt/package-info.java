/**
 * The libvirt connector, without SWT: {@link org.vdevstudio.libvirt.LibvirtConnection} opens a
 * connection by URI, lists all domains ({@link org.vdevstudio.libvirt.DomainSummary}: name, UUID,
 * {@link org.vdevstudio.libvirt.DomainState state}, persistent or transient, active), reads a
 * domain's persistent or live XML ({@link org.vdevstudio.libvirt.Definition}), defines a domain,
 * and attaches, detaches and updates devices for an {@link org.vdevstudio.libvirt.ApplyTarget}.
 * {@link org.vdevstudio.libvirt.DemoHost} ships a state file for libvirt's test driver so that the
 * product has a host to show without a daemon.
 * <p>
 * Built on libvirt-java ({@code org.libvirt}) plus our own JNA declarations for what it lacks
 * ({@code internal}). Every failure is a {@link org.vdevstudio.libvirt.LibvirtError} carrying
 * libvirt's verbatim message and its real error number ({@link org.vdevstudio.libvirt.ErrorCodes});
 * libvirt never prints to stderr. Calls block until libvirt answers: the UI runs them in Jobs.
 */
package org.vdevstudio.libvirt;
