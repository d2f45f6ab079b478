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

import org.vdevstudio.model.domain.DomainPackage;
import org.vdevstudio.model.domain.InterfaceIpInfo;
import org.vdevstudio.model.domain.InterfaceSource;
import org.vdevstudio.model.domain.InterfaceSourceLocal;
import org.vdevstudio.model.domain.InterfaceSourceType;
import org.vdevstudio.model.domain.MacTableManager;
import org.vdevstudio.model.domain.Reconnect;
import org.vdevstudio.model.domain.Route;
import org.vdevstudio.model.domain.SourceAddress;
import org.vdevstudio.model.domain.SourceProduct;
import org.vdevstudio.model.domain.SourceVendor;
import org.vdevstudio.model.domain.VirYesNo;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Interface Source</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceSourceImpl#getMixed <em>Mixed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceSourceImpl#getIps <em>Ips</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceSourceImpl#getRoutes <em>Routes</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceSourceImpl#getReconnect <em>Reconnect</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceSourceImpl#getLocal <em>Local</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceSourceImpl#getVendor <em>Vendor</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceSourceImpl#getProduct <em>Product</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceSourceImpl#getAddress <em>Address</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceSourceImpl#getBridge <em>Bridge</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceSourceImpl#getMacTableManager <em>Mac Table Manager</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceSourceImpl#getNetwork <em>Network</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceSourceImpl#getPortgroup <em>Portgroup</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceSourceImpl#getPortid <em>Portid</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceSourceImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceSourceImpl#getPath <em>Path</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceSourceImpl#getMode <em>Mode</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceSourceImpl#getDev <em>Dev</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceSourceImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceSourceImpl#getAddressAttribute <em>Address Attribute</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceSourceImpl#getPort <em>Port</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceSourceImpl#getMissing <em>Missing</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceSourceImpl#getSwitchid <em>Switchid</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceSourceImpl#getPortgroupid <em>Portgroupid</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceSourceImpl#getConnectionid <em>Connectionid</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceSourceImpl#getAny <em>Any</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceSourceImpl#getAnyAttribute <em>Any Attribute</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InterfaceSourceImpl extends EObjectImpl implements InterfaceSource {
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
	 * The default value of the '{@link #getBridge() <em>Bridge</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBridge()
	 * @generated
	 * @ordered
	 */
	protected static final String BRIDGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBridge() <em>Bridge</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBridge()
	 * @generated
	 * @ordered
	 */
	protected String bridge = BRIDGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMacTableManager() <em>Mac Table Manager</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMacTableManager()
	 * @generated
	 * @ordered
	 */
	protected static final MacTableManager MAC_TABLE_MANAGER_EDEFAULT = MacTableManager.KERNEL;

	/**
	 * The cached value of the '{@link #getMacTableManager() <em>Mac Table Manager</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMacTableManager()
	 * @generated
	 * @ordered
	 */
	protected MacTableManager macTableManager = MAC_TABLE_MANAGER_EDEFAULT;

	/**
	 * This is true if the Mac Table Manager attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean macTableManagerESet;

	/**
	 * The default value of the '{@link #getNetwork() <em>Network</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNetwork()
	 * @generated
	 * @ordered
	 */
	protected static final String NETWORK_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNetwork() <em>Network</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNetwork()
	 * @generated
	 * @ordered
	 */
	protected String network = NETWORK_EDEFAULT;

	/**
	 * The default value of the '{@link #getPortgroup() <em>Portgroup</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPortgroup()
	 * @generated
	 * @ordered
	 */
	protected static final String PORTGROUP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPortgroup() <em>Portgroup</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPortgroup()
	 * @generated
	 * @ordered
	 */
	protected String portgroup = PORTGROUP_EDEFAULT;

	/**
	 * The default value of the '{@link #getPortid() <em>Portid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPortid()
	 * @generated
	 * @ordered
	 */
	protected static final String PORTID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPortid() <em>Portid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPortid()
	 * @generated
	 * @ordered
	 */
	protected String portid = PORTID_EDEFAULT;

	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final InterfaceSourceType TYPE_EDEFAULT = InterfaceSourceType.UNIX;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected InterfaceSourceType type = TYPE_EDEFAULT;

	/**
	 * This is true if the Type attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean typeESet;

	/**
	 * The default value of the '{@link #getPath() <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPath()
	 * @generated
	 * @ordered
	 */
	protected static final String PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPath() <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPath()
	 * @generated
	 * @ordered
	 */
	protected String path = PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected static final String MODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected String mode = MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDev() <em>Dev</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDev()
	 * @generated
	 * @ordered
	 */
	protected static final String DEV_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDev() <em>Dev</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDev()
	 * @generated
	 * @ordered
	 */
	protected String dev = DEV_EDEFAULT;

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
	 * The default value of the '{@link #getAddressAttribute() <em>Address Attribute</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddressAttribute()
	 * @generated
	 * @ordered
	 */
	protected static final String ADDRESS_ATTRIBUTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAddressAttribute() <em>Address Attribute</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddressAttribute()
	 * @generated
	 * @ordered
	 */
	protected String addressAttribute = ADDRESS_ATTRIBUTE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPort() <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPort()
	 * @generated
	 * @ordered
	 */
	protected static final String PORT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPort() <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPort()
	 * @generated
	 * @ordered
	 */
	protected String port = PORT_EDEFAULT;

	/**
	 * The default value of the '{@link #getMissing() <em>Missing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMissing()
	 * @generated
	 * @ordered
	 */
	protected static final VirYesNo MISSING_EDEFAULT = VirYesNo.YES;

	/**
	 * The cached value of the '{@link #getMissing() <em>Missing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMissing()
	 * @generated
	 * @ordered
	 */
	protected VirYesNo missing = MISSING_EDEFAULT;

	/**
	 * This is true if the Missing attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean missingESet;

	/**
	 * The default value of the '{@link #getSwitchid() <em>Switchid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSwitchid()
	 * @generated
	 * @ordered
	 */
	protected static final String SWITCHID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSwitchid() <em>Switchid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSwitchid()
	 * @generated
	 * @ordered
	 */
	protected String switchid = SWITCHID_EDEFAULT;

	/**
	 * The default value of the '{@link #getPortgroupid() <em>Portgroupid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPortgroupid()
	 * @generated
	 * @ordered
	 */
	protected static final String PORTGROUPID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPortgroupid() <em>Portgroupid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPortgroupid()
	 * @generated
	 * @ordered
	 */
	protected String portgroupid = PORTGROUPID_EDEFAULT;

	/**
	 * The default value of the '{@link #getConnectionid() <em>Connectionid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConnectionid()
	 * @generated
	 * @ordered
	 */
	protected static final Long CONNECTIONID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getConnectionid() <em>Connectionid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConnectionid()
	 * @generated
	 * @ordered
	 */
	protected Long connectionid = CONNECTIONID_EDEFAULT;

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
	protected InterfaceSourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DomainPackage.Literals.INTERFACE_SOURCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMap getMixed() {
		if (mixed == null) {
			mixed = new BasicFeatureMap(this, DomainPackage.INTERFACE_SOURCE__MIXED);
		}
		return mixed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<InterfaceIpInfo> getIps() {
		return getMixed().list(DomainPackage.Literals.INTERFACE_SOURCE__IPS);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Route> getRoutes() {
		return getMixed().list(DomainPackage.Literals.INTERFACE_SOURCE__ROUTES);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Reconnect getReconnect() {
		return (Reconnect)getMixed().get(DomainPackage.Literals.INTERFACE_SOURCE__RECONNECT, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetReconnect(Reconnect newReconnect, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.INTERFACE_SOURCE__RECONNECT, newReconnect, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReconnect(Reconnect newReconnect) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.INTERFACE_SOURCE__RECONNECT, newReconnect);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterfaceSourceLocal getLocal() {
		return (InterfaceSourceLocal)getMixed().get(DomainPackage.Literals.INTERFACE_SOURCE__LOCAL, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLocal(InterfaceSourceLocal newLocal, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.INTERFACE_SOURCE__LOCAL, newLocal, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocal(InterfaceSourceLocal newLocal) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.INTERFACE_SOURCE__LOCAL, newLocal);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SourceVendor getVendor() {
		return (SourceVendor)getMixed().get(DomainPackage.Literals.INTERFACE_SOURCE__VENDOR, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetVendor(SourceVendor newVendor, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.INTERFACE_SOURCE__VENDOR, newVendor, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVendor(SourceVendor newVendor) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.INTERFACE_SOURCE__VENDOR, newVendor);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SourceProduct getProduct() {
		return (SourceProduct)getMixed().get(DomainPackage.Literals.INTERFACE_SOURCE__PRODUCT, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetProduct(SourceProduct newProduct, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.INTERFACE_SOURCE__PRODUCT, newProduct, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProduct(SourceProduct newProduct) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.INTERFACE_SOURCE__PRODUCT, newProduct);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SourceAddress getAddress() {
		return (SourceAddress)getMixed().get(DomainPackage.Literals.INTERFACE_SOURCE__ADDRESS, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAddress(SourceAddress newAddress, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.INTERFACE_SOURCE__ADDRESS, newAddress, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddress(SourceAddress newAddress) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.INTERFACE_SOURCE__ADDRESS, newAddress);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBridge() {
		return bridge;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBridge(String newBridge) {
		String oldBridge = bridge;
		bridge = newBridge;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.INTERFACE_SOURCE__BRIDGE, oldBridge, bridge));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MacTableManager getMacTableManager() {
		return macTableManager;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMacTableManager(MacTableManager newMacTableManager) {
		MacTableManager oldMacTableManager = macTableManager;
		macTableManager = newMacTableManager == null ? MAC_TABLE_MANAGER_EDEFAULT : newMacTableManager;
		boolean oldMacTableManagerESet = macTableManagerESet;
		macTableManagerESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.INTERFACE_SOURCE__MAC_TABLE_MANAGER, oldMacTableManager, macTableManager, !oldMacTableManagerESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetMacTableManager() {
		MacTableManager oldMacTableManager = macTableManager;
		boolean oldMacTableManagerESet = macTableManagerESet;
		macTableManager = MAC_TABLE_MANAGER_EDEFAULT;
		macTableManagerESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.INTERFACE_SOURCE__MAC_TABLE_MANAGER, oldMacTableManager, MAC_TABLE_MANAGER_EDEFAULT, oldMacTableManagerESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetMacTableManager() {
		return macTableManagerESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNetwork() {
		return network;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNetwork(String newNetwork) {
		String oldNetwork = network;
		network = newNetwork;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.INTERFACE_SOURCE__NETWORK, oldNetwork, network));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPortgroup() {
		return portgroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPortgroup(String newPortgroup) {
		String oldPortgroup = portgroup;
		portgroup = newPortgroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.INTERFACE_SOURCE__PORTGROUP, oldPortgroup, portgroup));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPortid() {
		return portid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPortid(String newPortid) {
		String oldPortid = portid;
		portid = newPortid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.INTERFACE_SOURCE__PORTID, oldPortid, portid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterfaceSourceType getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(InterfaceSourceType newType) {
		InterfaceSourceType oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		boolean oldTypeESet = typeESet;
		typeESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.INTERFACE_SOURCE__TYPE, oldType, type, !oldTypeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetType() {
		InterfaceSourceType oldType = type;
		boolean oldTypeESet = typeESet;
		type = TYPE_EDEFAULT;
		typeESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.INTERFACE_SOURCE__TYPE, oldType, TYPE_EDEFAULT, oldTypeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetType() {
		return typeESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPath() {
		return path;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPath(String newPath) {
		String oldPath = path;
		path = newPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.INTERFACE_SOURCE__PATH, oldPath, path));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMode() {
		return mode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMode(String newMode) {
		String oldMode = mode;
		mode = newMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.INTERFACE_SOURCE__MODE, oldMode, mode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDev() {
		return dev;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDev(String newDev) {
		String oldDev = dev;
		dev = newDev;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.INTERFACE_SOURCE__DEV, oldDev, dev));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.INTERFACE_SOURCE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAddressAttribute() {
		return addressAttribute;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddressAttribute(String newAddressAttribute) {
		String oldAddressAttribute = addressAttribute;
		addressAttribute = newAddressAttribute;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.INTERFACE_SOURCE__ADDRESS_ATTRIBUTE, oldAddressAttribute, addressAttribute));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPort() {
		return port;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPort(String newPort) {
		String oldPort = port;
		port = newPort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.INTERFACE_SOURCE__PORT, oldPort, port));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VirYesNo getMissing() {
		return missing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMissing(VirYesNo newMissing) {
		VirYesNo oldMissing = missing;
		missing = newMissing == null ? MISSING_EDEFAULT : newMissing;
		boolean oldMissingESet = missingESet;
		missingESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.INTERFACE_SOURCE__MISSING, oldMissing, missing, !oldMissingESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetMissing() {
		VirYesNo oldMissing = missing;
		boolean oldMissingESet = missingESet;
		missing = MISSING_EDEFAULT;
		missingESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.INTERFACE_SOURCE__MISSING, oldMissing, MISSING_EDEFAULT, oldMissingESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetMissing() {
		return missingESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSwitchid() {
		return switchid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSwitchid(String newSwitchid) {
		String oldSwitchid = switchid;
		switchid = newSwitchid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.INTERFACE_SOURCE__SWITCHID, oldSwitchid, switchid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPortgroupid() {
		return portgroupid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPortgroupid(String newPortgroupid) {
		String oldPortgroupid = portgroupid;
		portgroupid = newPortgroupid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.INTERFACE_SOURCE__PORTGROUPID, oldPortgroupid, portgroupid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getConnectionid() {
		return connectionid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConnectionid(Long newConnectionid) {
		Long oldConnectionid = connectionid;
		connectionid = newConnectionid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.INTERFACE_SOURCE__CONNECTIONID, oldConnectionid, connectionid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMap getAny() {
		return (FeatureMap)getMixed().<FeatureMap.Entry>list(DomainPackage.Literals.INTERFACE_SOURCE__ANY);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMap getAnyAttribute() {
		if (anyAttribute == null) {
			anyAttribute = new BasicFeatureMap(this, DomainPackage.INTERFACE_SOURCE__ANY_ATTRIBUTE);
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
			case DomainPackage.INTERFACE_SOURCE__MIXED:
				return ((InternalEList<?>)getMixed()).basicRemove(otherEnd, msgs);
			case DomainPackage.INTERFACE_SOURCE__IPS:
				return ((InternalEList<?>)getIps()).basicRemove(otherEnd, msgs);
			case DomainPackage.INTERFACE_SOURCE__ROUTES:
				return ((InternalEList<?>)getRoutes()).basicRemove(otherEnd, msgs);
			case DomainPackage.INTERFACE_SOURCE__RECONNECT:
				return basicSetReconnect(null, msgs);
			case DomainPackage.INTERFACE_SOURCE__LOCAL:
				return basicSetLocal(null, msgs);
			case DomainPackage.INTERFACE_SOURCE__VENDOR:
				return basicSetVendor(null, msgs);
			case DomainPackage.INTERFACE_SOURCE__PRODUCT:
				return basicSetProduct(null, msgs);
			case DomainPackage.INTERFACE_SOURCE__ADDRESS:
				return basicSetAddress(null, msgs);
			case DomainPackage.INTERFACE_SOURCE__ANY:
				return ((InternalEList<?>)getAny()).basicRemove(otherEnd, msgs);
			case DomainPackage.INTERFACE_SOURCE__ANY_ATTRIBUTE:
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
			case DomainPackage.INTERFACE_SOURCE__MIXED:
				if (coreType) return getMixed();
				return ((FeatureMap.Internal)getMixed()).getWrapper();
			case DomainPackage.INTERFACE_SOURCE__IPS:
				return getIps();
			case DomainPackage.INTERFACE_SOURCE__ROUTES:
				return getRoutes();
			case DomainPackage.INTERFACE_SOURCE__RECONNECT:
				return getReconnect();
			case DomainPackage.INTERFACE_SOURCE__LOCAL:
				return getLocal();
			case DomainPackage.INTERFACE_SOURCE__VENDOR:
				return getVendor();
			case DomainPackage.INTERFACE_SOURCE__PRODUCT:
				return getProduct();
			case DomainPackage.INTERFACE_SOURCE__ADDRESS:
				return getAddress();
			case DomainPackage.INTERFACE_SOURCE__BRIDGE:
				return getBridge();
			case DomainPackage.INTERFACE_SOURCE__MAC_TABLE_MANAGER:
				return getMacTableManager();
			case DomainPackage.INTERFACE_SOURCE__NETWORK:
				return getNetwork();
			case DomainPackage.INTERFACE_SOURCE__PORTGROUP:
				return getPortgroup();
			case DomainPackage.INTERFACE_SOURCE__PORTID:
				return getPortid();
			case DomainPackage.INTERFACE_SOURCE__TYPE:
				return getType();
			case DomainPackage.INTERFACE_SOURCE__PATH:
				return getPath();
			case DomainPackage.INTERFACE_SOURCE__MODE:
				return getMode();
			case DomainPackage.INTERFACE_SOURCE__DEV:
				return getDev();
			case DomainPackage.INTERFACE_SOURCE__NAME:
				return getName();
			case DomainPackage.INTERFACE_SOURCE__ADDRESS_ATTRIBUTE:
				return getAddressAttribute();
			case DomainPackage.INTERFACE_SOURCE__PORT:
				return getPort();
			case DomainPackage.INTERFACE_SOURCE__MISSING:
				return getMissing();
			case DomainPackage.INTERFACE_SOURCE__SWITCHID:
				return getSwitchid();
			case DomainPackage.INTERFACE_SOURCE__PORTGROUPID:
				return getPortgroupid();
			case DomainPackage.INTERFACE_SOURCE__CONNECTIONID:
				return getConnectionid();
			case DomainPackage.INTERFACE_SOURCE__ANY:
				if (coreType) return getAny();
				return ((FeatureMap.Internal)getAny()).getWrapper();
			case DomainPackage.INTERFACE_SOURCE__ANY_ATTRIBUTE:
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
			case DomainPackage.INTERFACE_SOURCE__MIXED:
				((FeatureMap.Internal)getMixed()).set(newValue);
				return;
			case DomainPackage.INTERFACE_SOURCE__IPS:
				getIps().clear();
				getIps().addAll((Collection<? extends InterfaceIpInfo>)newValue);
				return;
			case DomainPackage.INTERFACE_SOURCE__ROUTES:
				getRoutes().clear();
				getRoutes().addAll((Collection<? extends Route>)newValue);
				return;
			case DomainPackage.INTERFACE_SOURCE__RECONNECT:
				setReconnect((Reconnect)newValue);
				return;
			case DomainPackage.INTERFACE_SOURCE__LOCAL:
				setLocal((InterfaceSourceLocal)newValue);
				return;
			case DomainPackage.INTERFACE_SOURCE__VENDOR:
				setVendor((SourceVendor)newValue);
				return;
			case DomainPackage.INTERFACE_SOURCE__PRODUCT:
				setProduct((SourceProduct)newValue);
				return;
			case DomainPackage.INTERFACE_SOURCE__ADDRESS:
				setAddress((SourceAddress)newValue);
				return;
			case DomainPackage.INTERFACE_SOURCE__BRIDGE:
				setBridge((String)newValue);
				return;
			case DomainPackage.INTERFACE_SOURCE__MAC_TABLE_MANAGER:
				setMacTableManager((MacTableManager)newValue);
				return;
			case DomainPackage.INTERFACE_SOURCE__NETWORK:
				setNetwork((String)newValue);
				return;
			case DomainPackage.INTERFACE_SOURCE__PORTGROUP:
				setPortgroup((String)newValue);
				return;
			case DomainPackage.INTERFACE_SOURCE__PORTID:
				setPortid((String)newValue);
				return;
			case DomainPackage.INTERFACE_SOURCE__TYPE:
				setType((InterfaceSourceType)newValue);
				return;
			case DomainPackage.INTERFACE_SOURCE__PATH:
				setPath((String)newValue);
				return;
			case DomainPackage.INTERFACE_SOURCE__MODE:
				setMode((String)newValue);
				return;
			case DomainPackage.INTERFACE_SOURCE__DEV:
				setDev((String)newValue);
				return;
			case DomainPackage.INTERFACE_SOURCE__NAME:
				setName((String)newValue);
				return;
			case DomainPackage.INTERFACE_SOURCE__ADDRESS_ATTRIBUTE:
				setAddressAttribute((String)newValue);
				return;
			case DomainPackage.INTERFACE_SOURCE__PORT:
				setPort((String)newValue);
				return;
			case DomainPackage.INTERFACE_SOURCE__MISSING:
				setMissing((VirYesNo)newValue);
				return;
			case DomainPackage.INTERFACE_SOURCE__SWITCHID:
				setSwitchid((String)newValue);
				return;
			case DomainPackage.INTERFACE_SOURCE__PORTGROUPID:
				setPortgroupid((String)newValue);
				return;
			case DomainPackage.INTERFACE_SOURCE__CONNECTIONID:
				setConnectionid((Long)newValue);
				return;
			case DomainPackage.INTERFACE_SOURCE__ANY:
				((FeatureMap.Internal)getAny()).set(newValue);
				return;
			case DomainPackage.INTERFACE_SOURCE__ANY_ATTRIBUTE:
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
			case DomainPackage.INTERFACE_SOURCE__MIXED:
				getMixed().clear();
				return;
			case DomainPackage.INTERFACE_SOURCE__IPS:
				getIps().clear();
				return;
			case DomainPackage.INTERFACE_SOURCE__ROUTES:
				getRoutes().clear();
				return;
			case DomainPackage.INTERFACE_SOURCE__RECONNECT:
				setReconnect((Reconnect)null);
				return;
			case DomainPackage.INTERFACE_SOURCE__LOCAL:
				setLocal((InterfaceSourceLocal)null);
				return;
			case DomainPackage.INTERFACE_SOURCE__VENDOR:
				setVendor((SourceVendor)null);
				return;
			case DomainPackage.INTERFACE_SOURCE__PRODUCT:
				setProduct((SourceProduct)null);
				return;
			case DomainPackage.INTERFACE_SOURCE__ADDRESS:
				setAddress((SourceAddress)null);
				return;
			case DomainPackage.INTERFACE_SOURCE__BRIDGE:
				setBridge(BRIDGE_EDEFAULT);
				return;
			case DomainPackage.INTERFACE_SOURCE__MAC_TABLE_MANAGER:
				unsetMacTableManager();
				return;
			case DomainPackage.INTERFACE_SOURCE__NETWORK:
				setNetwork(NETWORK_EDEFAULT);
				return;
			case DomainPackage.INTERFACE_SOURCE__PORTGROUP:
				setPortgroup(PORTGROUP_EDEFAULT);
				return;
			case DomainPackage.INTERFACE_SOURCE__PORTID:
				setPortid(PORTID_EDEFAULT);
				return;
			case DomainPackage.INTERFACE_SOURCE__TYPE:
				unsetType();
				return;
			case DomainPackage.INTERFACE_SOURCE__PATH:
				setPath(PATH_EDEFAULT);
				return;
			case DomainPackage.INTERFACE_SOURCE__MODE:
				setMode(MODE_EDEFAULT);
				return;
			case DomainPackage.INTERFACE_SOURCE__DEV:
				setDev(DEV_EDEFAULT);
				return;
			case DomainPackage.INTERFACE_SOURCE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case DomainPackage.INTERFACE_SOURCE__ADDRESS_ATTRIBUTE:
				setAddressAttribute(ADDRESS_ATTRIBUTE_EDEFAULT);
				return;
			case DomainPackage.INTERFACE_SOURCE__PORT:
				setPort(PORT_EDEFAULT);
				return;
			case DomainPackage.INTERFACE_SOURCE__MISSING:
				unsetMissing();
				return;
			case DomainPackage.INTERFACE_SOURCE__SWITCHID:
				setSwitchid(SWITCHID_EDEFAULT);
				return;
			case DomainPackage.INTERFACE_SOURCE__PORTGROUPID:
				setPortgroupid(PORTGROUPID_EDEFAULT);
				return;
			case DomainPackage.INTERFACE_SOURCE__CONNECTIONID:
				setConnectionid(CONNECTIONID_EDEFAULT);
				return;
			case DomainPackage.INTERFACE_SOURCE__ANY:
				getAny().clear();
				return;
			case DomainPackage.INTERFACE_SOURCE__ANY_ATTRIBUTE:
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
			case DomainPackage.INTERFACE_SOURCE__MIXED:
				return mixed != null && !mixed.isEmpty();
			case DomainPackage.INTERFACE_SOURCE__IPS:
				return !getIps().isEmpty();
			case DomainPackage.INTERFACE_SOURCE__ROUTES:
				return !getRoutes().isEmpty();
			case DomainPackage.INTERFACE_SOURCE__RECONNECT:
				return getReconnect() != null;
			case DomainPackage.INTERFACE_SOURCE__LOCAL:
				return getLocal() != null;
			case DomainPackage.INTERFACE_SOURCE__VENDOR:
				return getVendor() != null;
			case DomainPackage.INTERFACE_SOURCE__PRODUCT:
				return getProduct() != null;
			case DomainPackage.INTERFACE_SOURCE__ADDRESS:
				return getAddress() != null;
			case DomainPackage.INTERFACE_SOURCE__BRIDGE:
				return BRIDGE_EDEFAULT == null ? bridge != null : !BRIDGE_EDEFAULT.equals(bridge);
			case DomainPackage.INTERFACE_SOURCE__MAC_TABLE_MANAGER:
				return isSetMacTableManager();
			case DomainPackage.INTERFACE_SOURCE__NETWORK:
				return NETWORK_EDEFAULT == null ? network != null : !NETWORK_EDEFAULT.equals(network);
			case DomainPackage.INTERFACE_SOURCE__PORTGROUP:
				return PORTGROUP_EDEFAULT == null ? portgroup != null : !PORTGROUP_EDEFAULT.equals(portgroup);
			case DomainPackage.INTERFACE_SOURCE__PORTID:
				return PORTID_EDEFAULT == null ? portid != null : !PORTID_EDEFAULT.equals(portid);
			case DomainPackage.INTERFACE_SOURCE__TYPE:
				return isSetType();
			case DomainPackage.INTERFACE_SOURCE__PATH:
				return PATH_EDEFAULT == null ? path != null : !PATH_EDEFAULT.equals(path);
			case DomainPackage.INTERFACE_SOURCE__MODE:
				return MODE_EDEFAULT == null ? mode != null : !MODE_EDEFAULT.equals(mode);
			case DomainPackage.INTERFACE_SOURCE__DEV:
				return DEV_EDEFAULT == null ? dev != null : !DEV_EDEFAULT.equals(dev);
			case DomainPackage.INTERFACE_SOURCE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case DomainPackage.INTERFACE_SOURCE__ADDRESS_ATTRIBUTE:
				return ADDRESS_ATTRIBUTE_EDEFAULT == null ? addressAttribute != null : !ADDRESS_ATTRIBUTE_EDEFAULT.equals(addressAttribute);
			case DomainPackage.INTERFACE_SOURCE__PORT:
				return PORT_EDEFAULT == null ? port != null : !PORT_EDEFAULT.equals(port);
			case DomainPackage.INTERFACE_SOURCE__MISSING:
				return isSetMissing();
			case DomainPackage.INTERFACE_SOURCE__SWITCHID:
				return SWITCHID_EDEFAULT == null ? switchid != null : !SWITCHID_EDEFAULT.equals(switchid);
			case DomainPackage.INTERFACE_SOURCE__PORTGROUPID:
				return PORTGROUPID_EDEFAULT == null ? portgroupid != null : !PORTGROUPID_EDEFAULT.equals(portgroupid);
			case DomainPackage.INTERFACE_SOURCE__CONNECTIONID:
				return CONNECTIONID_EDEFAULT == null ? connectionid != null : !CONNECTIONID_EDEFAULT.equals(connectionid);
			case DomainPackage.INTERFACE_SOURCE__ANY:
				return !getAny().isEmpty();
			case DomainPackage.INTERFACE_SOURCE__ANY_ATTRIBUTE:
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
		result.append(", bridge: ");
		result.append(bridge);
		result.append(", macTableManager: ");
		if (macTableManagerESet) result.append(macTableManager); else result.append("<unset>");
		result.append(", network: ");
		result.append(network);
		result.append(", portgroup: ");
		result.append(portgroup);
		result.append(", portid: ");
		result.append(portid);
		result.append(", type: ");
		if (typeESet) result.append(type); else result.append("<unset>");
		result.append(", path: ");
		result.append(path);
		result.append(", mode: ");
		result.append(mode);
		result.append(", dev: ");
		result.append(dev);
		result.append(", name: ");
		result.append(name);
		result.append(", addressAttribute: ");
		result.append(addressAttribute);
		result.append(", port: ");
		result.append(port);
		result.append(", missing: ");
		if (missingESet) result.append(missing); else result.append("<unset>");
		result.append(", switchid: ");
		result.append(switchid);
		result.append(", portgroupid: ");
		result.append(portgroupid);
		result.append(", connectionid: ");
		result.append(connectionid);
		result.append(", anyAttribute: ");
		result.append(anyAttribute);
		result.append(')');
		return result.toString();
	}

} //InterfaceSourceImpl
