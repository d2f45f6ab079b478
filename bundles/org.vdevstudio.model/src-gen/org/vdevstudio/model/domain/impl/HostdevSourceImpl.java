/**
 * Generated from libvirt's domain schema by org.vdevstudio.generator. Do not edit.
 */
package org.vdevstudio.model.domain.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.BasicFeatureMap;
import org.eclipse.emf.ecore.util.FeatureMap;
import org.eclipse.emf.ecore.util.InternalEList;

import org.vdevstudio.model.domain.DiskAuth;
import org.vdevstudio.model.domain.DomainPackage;
import org.vdevstudio.model.domain.HostdevSource;
import org.vdevstudio.model.domain.HostdevSourceAdapter;
import org.vdevstudio.model.domain.HostdevSourceGuestReset;
import org.vdevstudio.model.domain.HostdevSourceHost;
import org.vdevstudio.model.domain.HostdevSourceProtocol;
import org.vdevstudio.model.domain.HostdevSourceStartupPolicy;
import org.vdevstudio.model.domain.Initiatorinfo;
import org.vdevstudio.model.domain.SourceAddress;
import org.vdevstudio.model.domain.SourceProduct;
import org.vdevstudio.model.domain.SourceVendor;
import org.vdevstudio.model.domain.VirYesNo;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Hostdev Source</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vdevstudio.model.domain.impl.HostdevSourceImpl#getMixed <em>Mixed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.HostdevSourceImpl#getAddress <em>Address</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.HostdevSourceImpl#getVendor <em>Vendor</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.HostdevSourceImpl#getProduct <em>Product</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.HostdevSourceImpl#getAdapter <em>Adapter</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.HostdevSourceImpl#getHosts <em>Hosts</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.HostdevSourceImpl#getAuth <em>Auth</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.HostdevSourceImpl#getInitiator <em>Initiator</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.HostdevSourceImpl#getBlock <em>Block</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.HostdevSourceImpl#getChar_ <em>Char </em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.HostdevSourceImpl#getInterface_ <em>Interface </em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.HostdevSourceImpl#getStartupPolicy <em>Startup Policy</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.HostdevSourceImpl#getWriteFiltering <em>Write Filtering</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.HostdevSourceImpl#getGuestReset <em>Guest Reset</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.HostdevSourceImpl#getProtocol <em>Protocol</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.HostdevSourceImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.HostdevSourceImpl#getWwpn <em>Wwpn</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.HostdevSourceImpl#getAny <em>Any</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.HostdevSourceImpl#getAnyAttribute <em>Any Attribute</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HostdevSourceImpl extends EObjectImpl implements HostdevSource {
	/**
	 * The cached value of the '{@link #getMixed() <em>Mixed</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMixed()
	 * @generated
	 * @ordered
	 */
	protected FeatureMap mixed;

	/**
	 * The default value of the '{@link #getBlock() <em>Block</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBlock()
	 * @generated
	 * @ordered
	 */
	protected static final String BLOCK_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getChar_() <em>Char </em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChar_()
	 * @generated
	 * @ordered
	 */
	protected static final String CHAR__EDEFAULT = null;

	/**
	 * The default value of the '{@link #getInterface_() <em>Interface </em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterface_()
	 * @generated
	 * @ordered
	 */
	protected static final String INTERFACE__EDEFAULT = null;

	/**
	 * The default value of the '{@link #getStartupPolicy() <em>Startup Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartupPolicy()
	 * @generated
	 * @ordered
	 */
	protected static final HostdevSourceStartupPolicy STARTUP_POLICY_EDEFAULT = HostdevSourceStartupPolicy.MANDATORY;

	/**
	 * The cached value of the '{@link #getStartupPolicy() <em>Startup Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartupPolicy()
	 * @generated
	 * @ordered
	 */
	protected HostdevSourceStartupPolicy startupPolicy = STARTUP_POLICY_EDEFAULT;

	/**
	 * This is true if the Startup Policy attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean startupPolicyESet;

	/**
	 * The default value of the '{@link #getWriteFiltering() <em>Write Filtering</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWriteFiltering()
	 * @generated
	 * @ordered
	 */
	protected static final VirYesNo WRITE_FILTERING_EDEFAULT = VirYesNo.YES;

	/**
	 * The cached value of the '{@link #getWriteFiltering() <em>Write Filtering</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWriteFiltering()
	 * @generated
	 * @ordered
	 */
	protected VirYesNo writeFiltering = WRITE_FILTERING_EDEFAULT;

	/**
	 * This is true if the Write Filtering attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean writeFilteringESet;

	/**
	 * The default value of the '{@link #getGuestReset() <em>Guest Reset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuestReset()
	 * @generated
	 * @ordered
	 */
	protected static final HostdevSourceGuestReset GUEST_RESET_EDEFAULT = HostdevSourceGuestReset.OFF;

	/**
	 * The cached value of the '{@link #getGuestReset() <em>Guest Reset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuestReset()
	 * @generated
	 * @ordered
	 */
	protected HostdevSourceGuestReset guestReset = GUEST_RESET_EDEFAULT;

	/**
	 * This is true if the Guest Reset attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean guestResetESet;

	/**
	 * The default value of the '{@link #getProtocol() <em>Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtocol()
	 * @generated
	 * @ordered
	 */
	protected static final HostdevSourceProtocol PROTOCOL_EDEFAULT = HostdevSourceProtocol.ADAPTER;

	/**
	 * The cached value of the '{@link #getProtocol() <em>Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtocol()
	 * @generated
	 * @ordered
	 */
	protected HostdevSourceProtocol protocol = PROTOCOL_EDEFAULT;

	/**
	 * This is true if the Protocol attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean protocolESet;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getWwpn() <em>Wwpn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWwpn()
	 * @generated
	 * @ordered
	 */
	protected static final String WWPN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWwpn() <em>Wwpn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWwpn()
	 * @generated
	 * @ordered
	 */
	protected String wwpn = WWPN_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAnyAttribute() <em>Any Attribute</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnyAttribute()
	 * @generated
	 * @ordered
	 */
	protected FeatureMap anyAttribute;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HostdevSourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DomainPackage.Literals.HOSTDEV_SOURCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMap getMixed() {
		if (mixed == null) {
			mixed = new BasicFeatureMap(this, DomainPackage.HOSTDEV_SOURCE__MIXED);
		}
		return mixed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SourceAddress getAddress() {
		return (SourceAddress)getMixed().get(DomainPackage.Literals.HOSTDEV_SOURCE__ADDRESS, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAddress(SourceAddress newAddress, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.HOSTDEV_SOURCE__ADDRESS, newAddress, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddress(SourceAddress newAddress) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.HOSTDEV_SOURCE__ADDRESS, newAddress);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SourceVendor getVendor() {
		return (SourceVendor)getMixed().get(DomainPackage.Literals.HOSTDEV_SOURCE__VENDOR, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetVendor(SourceVendor newVendor, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.HOSTDEV_SOURCE__VENDOR, newVendor, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVendor(SourceVendor newVendor) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.HOSTDEV_SOURCE__VENDOR, newVendor);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SourceProduct getProduct() {
		return (SourceProduct)getMixed().get(DomainPackage.Literals.HOSTDEV_SOURCE__PRODUCT, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetProduct(SourceProduct newProduct, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.HOSTDEV_SOURCE__PRODUCT, newProduct, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProduct(SourceProduct newProduct) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.HOSTDEV_SOURCE__PRODUCT, newProduct);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HostdevSourceAdapter getAdapter() {
		return (HostdevSourceAdapter)getMixed().get(DomainPackage.Literals.HOSTDEV_SOURCE__ADAPTER, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAdapter(HostdevSourceAdapter newAdapter, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.HOSTDEV_SOURCE__ADAPTER, newAdapter, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdapter(HostdevSourceAdapter newAdapter) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.HOSTDEV_SOURCE__ADAPTER, newAdapter);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<HostdevSourceHost> getHosts() {
		return getMixed().list(DomainPackage.Literals.HOSTDEV_SOURCE__HOSTS);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DiskAuth getAuth() {
		return (DiskAuth)getMixed().get(DomainPackage.Literals.HOSTDEV_SOURCE__AUTH, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAuth(DiskAuth newAuth, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.HOSTDEV_SOURCE__AUTH, newAuth, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuth(DiskAuth newAuth) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.HOSTDEV_SOURCE__AUTH, newAuth);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Initiatorinfo getInitiator() {
		return (Initiatorinfo)getMixed().get(DomainPackage.Literals.HOSTDEV_SOURCE__INITIATOR, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetInitiator(Initiatorinfo newInitiator, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.HOSTDEV_SOURCE__INITIATOR, newInitiator, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInitiator(Initiatorinfo newInitiator) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.HOSTDEV_SOURCE__INITIATOR, newInitiator);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBlock() {
		return (String)getMixed().get(DomainPackage.Literals.HOSTDEV_SOURCE__BLOCK, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBlock(String newBlock) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.HOSTDEV_SOURCE__BLOCK, newBlock);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getChar_() {
		return (String)getMixed().get(DomainPackage.Literals.HOSTDEV_SOURCE__CHAR_, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChar_(String newChar_) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.HOSTDEV_SOURCE__CHAR_, newChar_);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInterface_() {
		return (String)getMixed().get(DomainPackage.Literals.HOSTDEV_SOURCE__INTERFACE_, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInterface_(String newInterface_) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.HOSTDEV_SOURCE__INTERFACE_, newInterface_);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HostdevSourceStartupPolicy getStartupPolicy() {
		return startupPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartupPolicy(HostdevSourceStartupPolicy newStartupPolicy) {
		HostdevSourceStartupPolicy oldStartupPolicy = startupPolicy;
		startupPolicy = newStartupPolicy == null ? STARTUP_POLICY_EDEFAULT : newStartupPolicy;
		boolean oldStartupPolicyESet = startupPolicyESet;
		startupPolicyESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.HOSTDEV_SOURCE__STARTUP_POLICY, oldStartupPolicy, startupPolicy, !oldStartupPolicyESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetStartupPolicy() {
		HostdevSourceStartupPolicy oldStartupPolicy = startupPolicy;
		boolean oldStartupPolicyESet = startupPolicyESet;
		startupPolicy = STARTUP_POLICY_EDEFAULT;
		startupPolicyESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.HOSTDEV_SOURCE__STARTUP_POLICY, oldStartupPolicy, STARTUP_POLICY_EDEFAULT, oldStartupPolicyESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetStartupPolicy() {
		return startupPolicyESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VirYesNo getWriteFiltering() {
		return writeFiltering;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWriteFiltering(VirYesNo newWriteFiltering) {
		VirYesNo oldWriteFiltering = writeFiltering;
		writeFiltering = newWriteFiltering == null ? WRITE_FILTERING_EDEFAULT : newWriteFiltering;
		boolean oldWriteFilteringESet = writeFilteringESet;
		writeFilteringESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.HOSTDEV_SOURCE__WRITE_FILTERING, oldWriteFiltering, writeFiltering, !oldWriteFilteringESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetWriteFiltering() {
		VirYesNo oldWriteFiltering = writeFiltering;
		boolean oldWriteFilteringESet = writeFilteringESet;
		writeFiltering = WRITE_FILTERING_EDEFAULT;
		writeFilteringESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.HOSTDEV_SOURCE__WRITE_FILTERING, oldWriteFiltering, WRITE_FILTERING_EDEFAULT, oldWriteFilteringESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetWriteFiltering() {
		return writeFilteringESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HostdevSourceGuestReset getGuestReset() {
		return guestReset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGuestReset(HostdevSourceGuestReset newGuestReset) {
		HostdevSourceGuestReset oldGuestReset = guestReset;
		guestReset = newGuestReset == null ? GUEST_RESET_EDEFAULT : newGuestReset;
		boolean oldGuestResetESet = guestResetESet;
		guestResetESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.HOSTDEV_SOURCE__GUEST_RESET, oldGuestReset, guestReset, !oldGuestResetESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetGuestReset() {
		HostdevSourceGuestReset oldGuestReset = guestReset;
		boolean oldGuestResetESet = guestResetESet;
		guestReset = GUEST_RESET_EDEFAULT;
		guestResetESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.HOSTDEV_SOURCE__GUEST_RESET, oldGuestReset, GUEST_RESET_EDEFAULT, oldGuestResetESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetGuestReset() {
		return guestResetESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HostdevSourceProtocol getProtocol() {
		return protocol;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProtocol(HostdevSourceProtocol newProtocol) {
		HostdevSourceProtocol oldProtocol = protocol;
		protocol = newProtocol == null ? PROTOCOL_EDEFAULT : newProtocol;
		boolean oldProtocolESet = protocolESet;
		protocolESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.HOSTDEV_SOURCE__PROTOCOL, oldProtocol, protocol, !oldProtocolESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetProtocol() {
		HostdevSourceProtocol oldProtocol = protocol;
		boolean oldProtocolESet = protocolESet;
		protocol = PROTOCOL_EDEFAULT;
		protocolESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.HOSTDEV_SOURCE__PROTOCOL, oldProtocol, PROTOCOL_EDEFAULT, oldProtocolESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetProtocol() {
		return protocolESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.HOSTDEV_SOURCE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWwpn() {
		return wwpn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWwpn(String newWwpn) {
		String oldWwpn = wwpn;
		wwpn = newWwpn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.HOSTDEV_SOURCE__WWPN, oldWwpn, wwpn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMap getAny() {
		return (FeatureMap)getMixed().<FeatureMap.Entry>list(DomainPackage.Literals.HOSTDEV_SOURCE__ANY);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMap getAnyAttribute() {
		if (anyAttribute == null) {
			anyAttribute = new BasicFeatureMap(this, DomainPackage.HOSTDEV_SOURCE__ANY_ATTRIBUTE);
		}
		return anyAttribute;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DomainPackage.HOSTDEV_SOURCE__MIXED:
				return ((InternalEList<?>)getMixed()).basicRemove(otherEnd, msgs);
			case DomainPackage.HOSTDEV_SOURCE__ADDRESS:
				return basicSetAddress(null, msgs);
			case DomainPackage.HOSTDEV_SOURCE__VENDOR:
				return basicSetVendor(null, msgs);
			case DomainPackage.HOSTDEV_SOURCE__PRODUCT:
				return basicSetProduct(null, msgs);
			case DomainPackage.HOSTDEV_SOURCE__ADAPTER:
				return basicSetAdapter(null, msgs);
			case DomainPackage.HOSTDEV_SOURCE__HOSTS:
				return ((InternalEList<?>)getHosts()).basicRemove(otherEnd, msgs);
			case DomainPackage.HOSTDEV_SOURCE__AUTH:
				return basicSetAuth(null, msgs);
			case DomainPackage.HOSTDEV_SOURCE__INITIATOR:
				return basicSetInitiator(null, msgs);
			case DomainPackage.HOSTDEV_SOURCE__ANY:
				return ((InternalEList<?>)getAny()).basicRemove(otherEnd, msgs);
			case DomainPackage.HOSTDEV_SOURCE__ANY_ATTRIBUTE:
				return ((InternalEList<?>)getAnyAttribute()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DomainPackage.HOSTDEV_SOURCE__MIXED:
				if (coreType) return getMixed();
				return ((FeatureMap.Internal)getMixed()).getWrapper();
			case DomainPackage.HOSTDEV_SOURCE__ADDRESS:
				return getAddress();
			case DomainPackage.HOSTDEV_SOURCE__VENDOR:
				return getVendor();
			case DomainPackage.HOSTDEV_SOURCE__PRODUCT:
				return getProduct();
			case DomainPackage.HOSTDEV_SOURCE__ADAPTER:
				return getAdapter();
			case DomainPackage.HOSTDEV_SOURCE__HOSTS:
				return getHosts();
			case DomainPackage.HOSTDEV_SOURCE__AUTH:
				return getAuth();
			case DomainPackage.HOSTDEV_SOURCE__INITIATOR:
				return getInitiator();
			case DomainPackage.HOSTDEV_SOURCE__BLOCK:
				return getBlock();
			case DomainPackage.HOSTDEV_SOURCE__CHAR_:
				return getChar_();
			case DomainPackage.HOSTDEV_SOURCE__INTERFACE_:
				return getInterface_();
			case DomainPackage.HOSTDEV_SOURCE__STARTUP_POLICY:
				return getStartupPolicy();
			case DomainPackage.HOSTDEV_SOURCE__WRITE_FILTERING:
				return getWriteFiltering();
			case DomainPackage.HOSTDEV_SOURCE__GUEST_RESET:
				return getGuestReset();
			case DomainPackage.HOSTDEV_SOURCE__PROTOCOL:
				return getProtocol();
			case DomainPackage.HOSTDEV_SOURCE__NAME:
				return getName();
			case DomainPackage.HOSTDEV_SOURCE__WWPN:
				return getWwpn();
			case DomainPackage.HOSTDEV_SOURCE__ANY:
				if (coreType) return getAny();
				return ((FeatureMap.Internal)getAny()).getWrapper();
			case DomainPackage.HOSTDEV_SOURCE__ANY_ATTRIBUTE:
				if (coreType) return getAnyAttribute();
				return ((FeatureMap.Internal)getAnyAttribute()).getWrapper();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case DomainPackage.HOSTDEV_SOURCE__MIXED:
				((FeatureMap.Internal)getMixed()).set(newValue);
				return;
			case DomainPackage.HOSTDEV_SOURCE__ADDRESS:
				setAddress((SourceAddress)newValue);
				return;
			case DomainPackage.HOSTDEV_SOURCE__VENDOR:
				setVendor((SourceVendor)newValue);
				return;
			case DomainPackage.HOSTDEV_SOURCE__PRODUCT:
				setProduct((SourceProduct)newValue);
				return;
			case DomainPackage.HOSTDEV_SOURCE__ADAPTER:
				setAdapter((HostdevSourceAdapter)newValue);
				return;
			case DomainPackage.HOSTDEV_SOURCE__HOSTS:
				getHosts().clear();
				getHosts().addAll((Collection<? extends HostdevSourceHost>)newValue);
				return;
			case DomainPackage.HOSTDEV_SOURCE__AUTH:
				setAuth((DiskAuth)newValue);
				return;
			case DomainPackage.HOSTDEV_SOURCE__INITIATOR:
				setInitiator((Initiatorinfo)newValue);
				return;
			case DomainPackage.HOSTDEV_SOURCE__BLOCK:
				setBlock((String)newValue);
				return;
			case DomainPackage.HOSTDEV_SOURCE__CHAR_:
				setChar_((String)newValue);
				return;
			case DomainPackage.HOSTDEV_SOURCE__INTERFACE_:
				setInterface_((String)newValue);
				return;
			case DomainPackage.HOSTDEV_SOURCE__STARTUP_POLICY:
				setStartupPolicy((HostdevSourceStartupPolicy)newValue);
				return;
			case DomainPackage.HOSTDEV_SOURCE__WRITE_FILTERING:
				setWriteFiltering((VirYesNo)newValue);
				return;
			case DomainPackage.HOSTDEV_SOURCE__GUEST_RESET:
				setGuestReset((HostdevSourceGuestReset)newValue);
				return;
			case DomainPackage.HOSTDEV_SOURCE__PROTOCOL:
				setProtocol((HostdevSourceProtocol)newValue);
				return;
			case DomainPackage.HOSTDEV_SOURCE__NAME:
				setName((String)newValue);
				return;
			case DomainPackage.HOSTDEV_SOURCE__WWPN:
				setWwpn((String)newValue);
				return;
			case DomainPackage.HOSTDEV_SOURCE__ANY:
				((FeatureMap.Internal)getAny()).set(newValue);
				return;
			case DomainPackage.HOSTDEV_SOURCE__ANY_ATTRIBUTE:
				((FeatureMap.Internal)getAnyAttribute()).set(newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case DomainPackage.HOSTDEV_SOURCE__MIXED:
				getMixed().clear();
				return;
			case DomainPackage.HOSTDEV_SOURCE__ADDRESS:
				setAddress((SourceAddress)null);
				return;
			case DomainPackage.HOSTDEV_SOURCE__VENDOR:
				setVendor((SourceVendor)null);
				return;
			case DomainPackage.HOSTDEV_SOURCE__PRODUCT:
				setProduct((SourceProduct)null);
				return;
			case DomainPackage.HOSTDEV_SOURCE__ADAPTER:
				setAdapter((HostdevSourceAdapter)null);
				return;
			case DomainPackage.HOSTDEV_SOURCE__HOSTS:
				getHosts().clear();
				return;
			case DomainPackage.HOSTDEV_SOURCE__AUTH:
				setAuth((DiskAuth)null);
				return;
			case DomainPackage.HOSTDEV_SOURCE__INITIATOR:
				setInitiator((Initiatorinfo)null);
				return;
			case DomainPackage.HOSTDEV_SOURCE__BLOCK:
				setBlock(BLOCK_EDEFAULT);
				return;
			case DomainPackage.HOSTDEV_SOURCE__CHAR_:
				setChar_(CHAR__EDEFAULT);
				return;
			case DomainPackage.HOSTDEV_SOURCE__INTERFACE_:
				setInterface_(INTERFACE__EDEFAULT);
				return;
			case DomainPackage.HOSTDEV_SOURCE__STARTUP_POLICY:
				unsetStartupPolicy();
				return;
			case DomainPackage.HOSTDEV_SOURCE__WRITE_FILTERING:
				unsetWriteFiltering();
				return;
			case DomainPackage.HOSTDEV_SOURCE__GUEST_RESET:
				unsetGuestReset();
				return;
			case DomainPackage.HOSTDEV_SOURCE__PROTOCOL:
				unsetProtocol();
				return;
			case DomainPackage.HOSTDEV_SOURCE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case DomainPackage.HOSTDEV_SOURCE__WWPN:
				setWwpn(WWPN_EDEFAULT);
				return;
			case DomainPackage.HOSTDEV_SOURCE__ANY:
				getAny().clear();
				return;
			case DomainPackage.HOSTDEV_SOURCE__ANY_ATTRIBUTE:
				getAnyAttribute().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case DomainPackage.HOSTDEV_SOURCE__MIXED:
				return mixed != null && !mixed.isEmpty();
			case DomainPackage.HOSTDEV_SOURCE__ADDRESS:
				return getAddress() != null;
			case DomainPackage.HOSTDEV_SOURCE__VENDOR:
				return getVendor() != null;
			case DomainPackage.HOSTDEV_SOURCE__PRODUCT:
				return getProduct() != null;
			case DomainPackage.HOSTDEV_SOURCE__ADAPTER:
				return getAdapter() != null;
			case DomainPackage.HOSTDEV_SOURCE__HOSTS:
				return !getHosts().isEmpty();
			case DomainPackage.HOSTDEV_SOURCE__AUTH:
				return getAuth() != null;
			case DomainPackage.HOSTDEV_SOURCE__INITIATOR:
				return getInitiator() != null;
			case DomainPackage.HOSTDEV_SOURCE__BLOCK:
				return BLOCK_EDEFAULT == null ? getBlock() != null : !BLOCK_EDEFAULT.equals(getBlock());
			case DomainPackage.HOSTDEV_SOURCE__CHAR_:
				return CHAR__EDEFAULT == null ? getChar_() != null : !CHAR__EDEFAULT.equals(getChar_());
			case DomainPackage.HOSTDEV_SOURCE__INTERFACE_:
				return INTERFACE__EDEFAULT == null ? getInterface_() != null : !INTERFACE__EDEFAULT.equals(getInterface_());
			case DomainPackage.HOSTDEV_SOURCE__STARTUP_POLICY:
				return isSetStartupPolicy();
			case DomainPackage.HOSTDEV_SOURCE__WRITE_FILTERING:
				return isSetWriteFiltering();
			case DomainPackage.HOSTDEV_SOURCE__GUEST_RESET:
				return isSetGuestReset();
			case DomainPackage.HOSTDEV_SOURCE__PROTOCOL:
				return isSetProtocol();
			case DomainPackage.HOSTDEV_SOURCE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case DomainPackage.HOSTDEV_SOURCE__WWPN:
				return WWPN_EDEFAULT == null ? wwpn != null : !WWPN_EDEFAULT.equals(wwpn);
			case DomainPackage.HOSTDEV_SOURCE__ANY:
				return !getAny().isEmpty();
			case DomainPackage.HOSTDEV_SOURCE__ANY_ATTRIBUTE:
				return anyAttribute != null && !anyAttribute.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (mixed: ");
		result.append(mixed);
		result.append(", startupPolicy: ");
		if (startupPolicyESet) result.append(startupPolicy); else result.append("<unset>");
		result.append(", writeFiltering: ");
		if (writeFilteringESet) result.append(writeFiltering); else result.append("<unset>");
		result.append(", guestReset: ");
		if (guestResetESet) result.append(guestReset); else result.append("<unset>");
		result.append(", protocol: ");
		if (protocolESet) result.append(protocol); else result.append("<unset>");
		result.append(", name: ");
		result.append(name);
		result.append(", wwpn: ");
		result.append(wwpn);
		result.append(", anyAttribute: ");
		result.append(anyAttribute);
		result.append(')');
		return result.toString();
	}

} //HostdevSourceImpl
